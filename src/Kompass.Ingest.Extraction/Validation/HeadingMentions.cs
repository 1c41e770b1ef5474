using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// The strengths and improvements of a document that contain, word for word as stems, a heading of
/// another area (<see cref="AreaTermProfiles.HeadingTexts"/>: its printed name or "Rubrik", or a
/// name or variant in the revision's catalog) of at least the given number of words: the only
/// findings <see cref="FindingMisplacedRule"/> can flag. Asked before the area profiles are built:
/// most documents have no such finding, and then their profiles (every question's terms, the
/// compounds split against the document's words) would go unread. Pure.
/// </summary>
internal static class HeadingMentions
{
    /// <summary>The findings of <paramref name="extraction"/> (the items themselves) that contain a heading of another area of at least <paramref name="minHeadingWords"/> words (and one).</summary>
    public static IReadOnlySet<Sourced<string>> Findings(ReportExtraction extraction, FrameworkCatalog? catalog, int minHeadingWords)
    {
        var byFirstWord = HeadingsByFirstWord(extraction, catalog, Math.Max(1, minHeadingWords));
        var heads = HeadsOf(byFirstWord);
        var mentioning = new HashSet<Sourced<string>>(ReferenceEqualityComparer.Instance);
        foreach (var area in extraction.Areas)
        {
            foreach (var finding in area.Strengths.Concat(area.Improvements))
            {
                if (MentionsAnotherArea(SwedishTermNormaliser.Stems(finding.Value, heads), area.Number, byFirstWord))
                {
                    mentioning.Add(finding);
                }
            }
        }

        return mentioning;
    }

    private static bool MentionsAnotherArea(List<string> words, int area, Dictionary<string, List<(int Area, List<string> Words)>> byFirstWord)
    {
        for (var start = 0; start < words.Count; start++)
        {
            if (byFirstWord.TryGetValue(words[start], out var headings) && headings.Exists(h => h.Area != area && StartsAt(words, start, h.Words)))
            {
                return true;
            }
        }

        return false;
    }

    // The headings long enough, each under its first word: a finding's word is compared only with
    // the headings that begin with it, not with every heading at every word.
    private static Dictionary<string, List<(int Area, List<string> Words)>> HeadingsByFirstWord(ReportExtraction extraction, FrameworkCatalog? catalog, int minWords)
    {
        var byFirstWord = new Dictionary<string, List<(int Area, List<string> Words)>>(StringComparer.Ordinal);
        foreach (var (area, text) in AreaTermProfiles.HeadingTexts(extraction, catalog))
        {
            var words = AreaTermProfiles.HeadingStems(text, catalog);
            if (words.Count >= minWords)
            {
                (byFirstWord.TryGetValue(words[0], out var list) ? list : byFirstWord[words[0]] = []).Add((area, words));
            }
        }

        return byFirstWord;
    }

    // The first letters of every word of the headings: a finding's word that begins otherwise
    // equals none of them, so it is not stemmed (most of a finding's words; stemming them was
    // most of this check's time). Added by their chars, so that only a head not yet in the set
    // becomes a string.
    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadsOf(Dictionary<string, List<(int Area, List<string> Words)>> byFirstWord)
    {
        var heads = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var headings in byFirstWord.Values)
        {
            foreach (var (_, words) in headings)
            {
                foreach (var word in words)
                {
                    heads.Add(word.AsSpan(0, SwedishTermNormaliser.MinStemLength));
                }
            }
        }

        return heads;
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
