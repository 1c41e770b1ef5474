using Kompass.Ingest.Corpus.Content.Lexicon;

namespace Kompass.Ingest.Corpus.Content;

/// <summary>
/// Composes STYRKOR and FÖRBÄTTRINGSOMRÅDEN items from a topic's vocabulary: many sentence shapes
/// (<see cref="StrengthShapes"/>, <see cref="ImprovementShapes"/>) over many terms, activities,
/// actors, qualifiers and examples, with Swedish agreement, and with the words every area shares
/// ("strategi", "mål", "uppföljning", "samverkan") mixed into each, so that a classifier trained
/// on the corpus learns what an area is about rather than a fixed list of phrases or one keyword.
/// Items run from 3 to 40 words; some end with a period, some carry parentheses and abbreviations.
/// </summary>
public static class FindingComposer
{
    /// <summary>Shortest item in words.</summary>
    public const int MinWords = 3;

    /// <summary>Longest item in words.</summary>
    public const int MaxWords = 40;

    /// <summary><paramref name="count"/> distinct strengths about <paramref name="lexicon"/>'s topic.</summary>
    public static IReadOnlyList<string> Strengths(TopicLexicon lexicon, Random random, int count)
        => Distinct(count, () => Strength(lexicon, random));

    /// <summary><paramref name="count"/> distinct improvements about <paramref name="lexicon"/>'s topic.</summary>
    public static IReadOnlyList<string> Improvements(TopicLexicon lexicon, Random random, int count)
        => Distinct(count, () => Improvement(lexicon, random));

    /// <summary>One strength item.</summary>
    public static string Strength(TopicLexicon lexicon, Random random)
        => Bounded(() => StrengthShapes.Compose(lexicon, random, random.Next(StrengthShapes.Count)), () => StrengthShapes.Compose(lexicon, random, 1), random);

    /// <summary>One improvement item.</summary>
    public static string Improvement(TopicLexicon lexicon, Random random)
        => Bounded(() => ImprovementShapes.Compose(lexicon, random, random.Next(ImprovementShapes.Count)), () => ImprovementShapes.Compose(lexicon, random, 0), random);

    private static string Bounded(Func<string> compose, Func<string> fallback, Random random)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var text = Finish(compose(), random);
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words is >= MinWords and <= MaxWords)
            {
                return text;
            }
        }

        return Finish(fallback(), random);
    }

    // Capitalised like a line item; about one in four items that end in a word get a period.
    private static string Finish(string text, Random random)
    {
        var capitalised = char.ToUpper(text[0], System.Globalization.CultureInfo.GetCultureInfo("sv-SE")) + text[1..];
        var endsInWord = char.IsLetterOrDigit(capitalised[^1]) || capitalised[^1] == ')';
        return endsInWord && random.Chance(0.25) ? capitalised + "." : capitalised;
    }

    private static IReadOnlyList<string> Distinct(int count, Func<string> next)
    {
        var items = new List<string>();
        for (var attempt = 0; items.Count < count && attempt < count * 10; attempt++)
        {
            var item = next();
            if (!items.Contains(item, StringComparer.Ordinal))
            {
                items.Add(item);
            }
        }

        return items;
    }
}
