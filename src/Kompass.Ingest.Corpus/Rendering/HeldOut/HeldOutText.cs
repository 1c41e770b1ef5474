using System.Globalization;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Rendering.HeldOut;

/// <summary>
/// The wording of the held-out family: numbers, dates and the sentences built from printed
/// facts. Only facts the report prints appear; a null month, round or count leaves its clause out.
/// </summary>
internal static class HeldOutText
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    private static readonly string[] Ordinals = ["första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde"];

    /// <summary>"71", "12,5", "-3" (hyphen-minus, as word processors print it; sv-SE would give U+2212).</summary>
    public static string Score(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>A score or an empty cell.</summary>
    public static string Score(decimal? value) => value is { } v ? Score(v) : string.Empty;

    /// <summary>A whole number without grouping.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", Swedish);

    /// <summary>The body that ran the evaluations in the report's time (SKL was formed in 2005 and renamed SKR in 2019).</summary>
    public static string Organisation(PrintedReport report)
        => (report.ReportDate?.Year ?? report.Year) switch
        {
            >= 2019 => "Sveriges Kommuner och Regioner",
            >= 2005 => "Sveriges Kommuner och Landsting",
            _ => "Svenska Kommunförbundet",
        };

    /// <summary>"Regionkompassen" for a region's report, else "Kommunkompassen".</summary>
    public static string Tool(PrintedReport report)
        => report.Type == DocumentType.Regionkompassen ? "Regionkompassen" : "Kommunkompassen";

    /// <summary>"Vallentunas", but "Borås" stays.</summary>
    public static string Genitive(string name)
        => name.EndsWith('s') || name.EndsWith('x') || name.EndsWith('z') ? name : name + "s";

    /// <summary>"Utvärderingen av X kommun genomfördes i februari 2017. Det var kommunens första utvärdering enligt Kommunkompassen."</summary>
    public static string Evaluation(PrintedReport report)
    {
        var year = Number(report.TextYear ?? report.Year);
        var when = report switch
        {
            { VisitStart: { } start } => $"den {VisitDays(start, report.VisitEnd)} {year}",
            { Month: { } month } => $"i {Swedish.DateTimeFormat.GetMonthName(month)} {year}",
            _ => $"under {year}",
        };
        var text = $"Utvärderingen av {report.Municipality.PrintedName} genomfördes {when}.";
        if (report.Round is { } round)
        {
            var subject = report.Municipality.Kind == MunicipalityKind.Region ? "regionens" : "kommunens";
            var ordinal = round >= 1 && round <= Ordinals.Length ? Ordinals[round - 1] : Number(round) + ":e";
            text += $" Det var {subject} {ordinal} utvärdering enligt {Tool(report)}.";
        }

        return text;
    }

    /// <summary>What the assessment rests on, with the number interviewed when printed.</summary>
    public static string Method(PrintedReport report)
    {
        var whom = report.InterviewCount is { } count ? $"ett {Number(count)}-tal personer" : "ett antal personer";
        return $"Underlaget består av styrdokument, uppföljningsrapporter och webbplatsen samt intervjuer med {whom}: "
               + "förtroendevalda, ledande tjänstemän, chefer, stödfunktioner och fackliga företrädare.";
    }

    /// <summary>"Utvärderare har varit Leif Eldås (SKL) och Josephine Härdin (konsult)."</summary>
    public static string EvaluatorSentence(IReadOnlyList<PrintedEvaluator> evaluators)
    {
        var parts = evaluators.Select(Attributed).ToList();
        var joined = parts.Count <= 1 ? string.Concat(parts) : string.Join(", ", parts.Take(parts.Count - 1)) + " och " + parts[^1];
        return $"Utvärderare har varit {joined}.";
    }

    // "Ewa Luvö (Borås kommun)", but "Lars Strid, senior konsult (SKL)" where brackets would nest.
    private static string Attributed(PrintedEvaluator evaluator) => evaluator.Organisation switch
    {
        { Length: > 0 } org when org.Contains('(', StringComparison.Ordinal) => $"{evaluator.Name}, {org}",
        { Length: > 0 } org => $"{evaluator.Name} ({org})",
        _ => evaluator.Name,
    };

    // The days without the year, which the caller appends: "13–15 december", "28 februari–2 mars".
    private static string VisitDays(DateOnly start, DateOnly? end)
    {
        if (end is not { } last || last == start)
        {
            return start.ToString("d MMMM", Swedish);
        }

        return start.Month == last.Month
            ? $"{Number(start.Day)}–{last.ToString("d MMMM", Swedish)}"
            : $"{start.ToString("d MMMM", Swedish)}–{last.ToString("d MMMM", Swedish)}";
    }
}
