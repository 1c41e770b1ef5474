using Kompass.Ingest.Corpus.Content.Lexicon;

namespace Kompass.Ingest.Corpus.Content;

/// <summary>
/// Composes the ALLMÄNT text of an area: three to six of the topic's sentences in reading order,
/// sometimes a closing sentence, split into one or two paragraphs.
/// </summary>
public static class GeneralTextComposer
{
    /// <summary>The paragraphs of one area's ALLMÄNT text.</summary>
    public static IReadOnlyList<string> Compose(TopicLexicon lexicon, Random random)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(random);
        var count = random.Between(Math.Min(3, lexicon.General.Count), Math.Min(6, lexicon.General.Count));
        var sentences = random.OrderedSubset(lexicon.General.Count, count).Select(i => lexicon.General[i]).ToList();
        if (random.Chance(0.4))
        {
            sentences.Add(random.Pick(CommonLexicon.GeneralClosings));
        }

        if (sentences.Count < 5 || random.Chance(0.5))
        {
            return [string.Join(' ', sentences)];
        }

        var split = random.Between(2, sentences.Count - 2);
        return [string.Join(' ', sentences.Take(split)), string.Join(' ', sentences.Skip(split))];
    }
}
