using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Content;

/// <summary>The three names one area is printed under in one report: section heading, summary row, question table.</summary>
public sealed record AreaNames(string Section, string Summary, string Table)
{
    private const string LateName = "Ständiga förbättringar";

    /// <summary>
    /// Draws the names: usually the catalog name in the section, variants elsewhere as real reports
    /// mix them. "Ständiga förbättringar" appears in the 2010 revision only from 2016 (mostly over
    /// area 7's table, as in the seed report). A region says "Regionen" where a kommun says "Kommunen".
    /// </summary>
    public static AreaNames Draw(AreaDefinition area, ReportProfile profile, Random random)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(random);
        var early2010 = profile.Revision == FrameworkRevision.Rev2010 && !profile.LateAreaNames;
        var names = area.AllNames.Where(n => !(early2010 && n == LateName)).ToList();
        var section = random.Chance(0.75) ? area.Name : random.Pick(names);
        var summary = random.Chance(0.6) ? section : random.Pick(names);
        var table = random.Chance(0.6) ? section : random.Pick(names);
        if (profile.LateAreaNames && area.Variants.Contains(LateName) && random.Chance(0.8))
        {
            table = LateName;
        }

        return profile.IsRegion
            ? new AreaNames(ForRegion(section), ForRegion(summary), ForRegion(table))
            : new AreaNames(section, summary, table);
    }

    private static string ForRegion(string name)
        => name.Replace("Kommunen som", "Regionen som", StringComparison.Ordinal).Replace("Kommun som", "Region som", StringComparison.Ordinal);
}
