using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>
/// Picks the name a chart prints for an area. Charts in real reports use yet other names than the
/// summary table or the section ("7. Ständiga förbättringar", "8. Kommun som samhällsbyggare"),
/// so a chart label is any of the area's printed names or, in the 2010 revision, a known variant
/// (shared/reference/frameworks.md).
/// </summary>
public static class AreaLabels
{
    private static readonly Dictionary<int, string[]> Variants2010 = new()
    {
        [2] = ["Brukarfokus, tillgänglighet och bemötande", "Tillgänglighet, bemötande och brukarorientering"],
        [6] = ["Kommunen som arbetsgivare personalpolitik", "Kommunen som arbetsgivare, personalpolitik"],
        [7] = ["Ständiga förbättringar"],
        [8] = ["Kommun som samhällsbyggare"],
    };

    /// <summary>"N. &lt;some name of the area&gt;", chosen with <paramref name="random"/>.</summary>
    public static string ChartLabel(PrintedArea area, FrameworkRevision revision, Random random)
    {
        var names = new List<string> { area.SummaryName, area.SectionName, area.TableName };
        if (revision == FrameworkRevision.Rev2010 && Variants2010.TryGetValue(area.Number, out var more))
        {
            names.AddRange(more);
        }

        var distinct = names.Distinct(StringComparer.Ordinal).ToList();
        return $"{area.Number}. {distinct[random.Next(distinct.Count)]}";
    }

    /// <summary>The value a chart plots for an area: its summary score, else its section score, else 0.</summary>
    public static decimal ChartValue(PrintedArea area) => area.SummaryScore ?? area.SectionScore ?? area.TableTotal ?? 0;
}
