using System.Globalization;
using Kompass.Ingest.Corpus.Content;
using Kompass.Ingest.Corpus.Model;

namespace Kompass.Ingest.Corpus.Families;

/// <summary>
/// Where an archivist would have filed a scored report: by year, by municipality or in a themed
/// folder, with the names people give files (spaces, å/ä/ö, underscores, sometimes ".PDF").
/// Twins (a second copy or version) get a copy's name beside or away from the original.
/// </summary>
public static class ScoredArchivePaths
{
    /// <summary>A path for <paramref name="report"/> in <paramref name="style"/>.</summary>
    public static string For(TitleStyle style, PrintedReport report, Random random)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(random);
        var y = report.Year.ToString(CultureInfo.InvariantCulture);
        var name = report.Municipality.ShortName;
        var full = report.Municipality.PrintedName;
        var stem = style switch
        {
            TitleStyle.Rapport2002 => random.Pick([$"Kommunkompassen/{y}/Analys {name} {y}", $"Äldre utvärderingar/{full} {y}", $"{y}/Kommunkompassen {name} {y}"]),
            TitleStyle.TwoWord2010 => random.Pick([$"{y}/Kommun Kompassen {name} {y}", $"{full}/Analys {y}", $"Rapporter {y}/{name.Replace(' ', '_')}_{y}_analys"]),
            TitleStyle.Seed2014 => random.Pick([$"{y}/KommunKompassen {name} {y}", $"{full}/Analys {y}", $"Analyser/{name} {y}", $"{y}/{name.ToLower(CultureInfo.GetCultureInfo("sv-SE")).Replace(' ', '-')}-kommunkompassen-{y}"]),
            TitleStyle.Caps => random.Pick([$"{y}/KommunKompassen analys {name}", $"{full}/Kommunkompassen {y}"]),
            TitleStyle.Revision2020 => random.Pick([$"{y}/Kommunkompassen {name} {y}", $"{full}/Analys Kommunkompassen {y}"]),
            TitleStyle.Feedback => random.Pick([$"Återkoppling/Återkoppling {name} {y}", $"{full}/Återkoppling Kommunkompass {y}"]),
            TitleStyle.Region => random.Pick([$"Regionkompassen/Regionkompass {name} {y}", $"Regionkompassen/Pilotstudie {y} {name}"]),
            _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
        };
        return stem + Extension(random);
    }

    /// <summary>The path of a second copy of the report filed at <paramref name="original"/>.</summary>
    public static string Twin(string original, Random random)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(random);
        var slash = original.LastIndexOf('/');
        var folder = slash < 0 ? string.Empty : original[..(slash + 1)];
        var file = slash < 0 ? original : original[(slash + 1)..];
        var stem = file[..file.LastIndexOf('.')];
        return random.Next(3) switch
        {
            0 => $"{folder}{stem} (slutversion){Extension(random)}",
            1 => $"Kopior/{file}",
            _ => $"{folder}{stem} - kopia{Extension(random)}",
        };
    }

    private static string Extension(Random random) => random.Chance(0.15) ? ".PDF" : ".pdf";
}
