using System.Text.RegularExpressions;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Summary;

/// <summary>
/// Tells which area each row of a candidate table stands for: by its printed number ("3.",
/// "Område 3", a bare "3"), else by its name within the revision that recognises most rows of the table, else
/// by its place between two recognised rows of an ordered table (a row between areas 5 and 7 is
/// area 6, whatever it is called: "Regionen som arbetsgivare"). Pure.
/// </summary>
internal sealed partial class SummaryAreaResolver(AreaNameMatcher matcher)
{
    /// <summary>True when <paramref name="label"/> starts with an area number ("1. …", "Område 1 …").</summary>
    public static bool StartsWithNumber(string label) => NumberedLabel().IsMatch(label.Trim());

    /// <summary>The area of each row (null when unknown), in the order given.</summary>
    public IReadOnlyList<int?> Resolve(IReadOnlyList<SummaryRow> rows, FrameworkRevision? revision)
        => Resolve(rows.Select(r => r.Label).ToList(), revision);

    /// <summary>The area of each label (null when unknown), in the order printed.</summary>
    public IReadOnlyList<int?> Resolve(IReadOnlyList<string> labels, FrameworkRevision? revision)
    {
        var numbered = labels.Select(Numbered).ToList();
        var normalised = labels.Select(AreaNameText.Normalise).ToList();
        var revisions = revision is { } known ? [known] : matcher.Revisions;

        // The revision that recognises most distinct areas, the first of them on a tie.
        List<int?>? best = null;
        var bestCount = -1;
        foreach (var rev in revisions)
        {
            var areas = new List<int?>(labels.Count);
            for (var i = 0; i < labels.Count; i++)
            {
                areas.Add(numbered[i] ?? ByName(normalised[i], rev));
            }

            var count = DistinctAreas(areas);
            if (count > bestCount)
            {
                (best, bestCount) = (areas, count);
            }
        }

        return ByPlace(best ?? throw new InvalidOperationException("The matcher knows no revision."));
    }

    /// <summary>How many different areas <paramref name="areas"/> names (unknown rows aside), counted in place: a table has a few rows.</summary>
    internal static int DistinctAreas(List<int?> areas)
    {
        var count = 0;
        for (var i = 0; i < areas.Count; i++)
        {
            if (areas[i] is { } area && areas.IndexOf(area) == i)
            {
                count++;
            }
        }

        return count;
    }

    private static int? Numbered(string label)
    {
        var match = NumberedLabel().Match(label.Trim());
        return match.Success ? match.Groups["n"].Value[0] - '0' : null;
    }

    private int? ByName(string normalisedLabel, FrameworkRevision revision)
        => matcher.MatchNameOrStartNormalised(normalisedLabel, revision)?.Number;

    // In a table whose recognised rows run in area order, an unrecognised row between areas a and
    // a + 2 is area a + 1 (and one before area 2 is area 1, one after area 7 is area 8).
    private static List<int?> ByPlace(List<int?> areas)
    {
        var known = areas.OfType<int>().ToList();
        var ordered = known.Zip(known.Skip(1)).All(p => p.First < p.Second);
        if (!ordered || known.Count < 2)
        {
            return areas;
        }

        var result = areas.ToList();
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i] is not null)
            {
                continue;
            }

            var above = i > 0 ? result[i - 1] : 0;
            var below = i + 1 < result.Count ? result[i + 1] : 9;
            if (above is { } a && below is { } b && b - a == 2 && !result.Contains(a + 1))
            {
                result[i] = a + 1;
            }
        }

        return result;
    }

    // "Område 3", "3. Politisk …", "3 Politisk …", or a bare "3" (a column headed by the area's number alone).
    [GeneratedRegex(@"^(?:omr[åa]de\s*(?<n>[1-8])(?!\d)|(?<n>[1-8])(?![\d,.]\d)\s*[.):]?\s+\p{L}|(?<n>[1-8])[.)]?$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberedLabel();
}
