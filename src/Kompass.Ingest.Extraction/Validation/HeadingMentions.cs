using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// Whether a strength or improvement of a document contains, word for word as stems, a heading of
/// another area (its printed name or "Rubrik", or a name or variant in the revision's catalog) of
/// at least the given number of words: the only findings <see cref="FindingMisplacedRule"/> can
/// flag (<see cref="FindingEvidence.ContainsHeadingOfAnotherArea"/>). Asked before the area
/// profiles are built: most documents have no such finding, and then their profiles (every
/// question's terms, the compounds split against the document's words) would go unread. Pure.
/// </summary>
internal static class HeadingMentions
{
    /// <summary>True when some finding of <paramref name="extraction"/> contains a heading of another area of at least <paramref name="minHeadingWords"/> words (and one).</summary>
    public static bool Any(ReportExtraction extraction, FrameworkCatalog? catalog, int minHeadingWords)
    {
        var byFirstWord = HeadingsByFirstWord(extraction, catalog, Math.Max(1, minHeadingWords));
        foreach (var area in extraction.Areas)
        {
            foreach (var finding in area.Strengths.Concat(area.Improvements))
            {
                var words = SwedishTermNormaliser.Stems(finding.Value);
                for (var start = 0; start < words.Count; start++)
                {
                    if (byFirstWord.TryGetValue(words[start], out var headings) && headings.Exists(h => h.Area != area.Number && StartsAt(words, start, h.Words)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // The headings of every area, printed and from the catalog, as AreaTermProfiles reads them, that
    // are long enough, each under its first word: a finding's word is compared only with the
    // headings that begin with it, not with every heading at every word.
    private static Dictionary<string, List<(int Area, List<string> Words)>> HeadingsByFirstWord(ReportExtraction extraction, FrameworkCatalog? catalog, int minWords)
    {
        var texts = extraction.Areas
            .SelectMany(a => new[] { a.Name?.Value }.OfType<string>().Concat(a.Subheadings.Select(s => s.Value)).Select(t => (a.Number, Text: t)))
            .Concat(catalog?.Areas.SelectMany(a => a.AllNames.Select(n => (a.Number, Text: n))) ?? []);
        var byFirstWord = new Dictionary<string, List<(int Area, List<string> Words)>>(StringComparer.Ordinal);
        foreach (var (area, text) in texts)
        {
            var words = SwedishTermNormaliser.Stems(text);
            if (words.Count >= minWords)
            {
                (byFirstWord.TryGetValue(words[0], out var list) ? list : byFirstWord[words[0]] = []).Add((area, words));
            }
        }

        return byFirstWord;
    }

    // True when part is the run of words at start of whole.
    private static bool StartsAt(List<string> whole, int start, List<string> part)
    {
        if (start + part.Count > whole.Count)
        {
            return false;
        }

        for (var i = 0; i < part.Count; i++)
        {
            if (part[i] != whole[start + i])
            {
                return false;
            }
        }

        return true;
    }
}
