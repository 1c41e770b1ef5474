using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Questions;

/// <summary>Words of one cell or row side that share a printed line, left to right.</summary>
internal sealed record WordLine(IReadOnlyList<Word> Words)
{
    /// <summary>The words' box.</summary>
    public BoundingBox Box { get; } = WordList.Box(Words)!.Value;

    /// <summary>The words joined with single spaces.</summary>
    public string Text => WordList.Text(Words);

    /// <summary>
    /// Groups <paramref name="words"/> into lines by their vertical centres, whatever order they
    /// come in (a text layer may list a row's numbers before its wrapped text): top to bottom.
    /// </summary>
    public static IReadOnlyList<WordLine> Group(IEnumerable<Word> words, double tolerance)
    {
        var lines = new List<List<Word>>();
        var centre = 0.0;
        foreach (var word in StableSort([.. words], TopDownLeftRight))
        {
            if (lines.Count > 0 && centre - word.Box.CentreY <= tolerance)
            {
                lines[^1].Add(word);
                centre += (word.Box.CentreY - centre) / lines[^1].Count;
                continue;
            }

            lines.Add([word]);
            centre = word.Box.CentreY;
        }

        var result = new List<WordLine>(lines.Count);
        foreach (var line in lines)
        {
            result.Add(new WordLine(StableSort([.. line], LeftToRight)));
        }

        return result;
    }

    // Top to bottom by centre, then left to right; words that compare equal keep their order.
    private static readonly Comparison<Key> TopDownLeftRight = static (a, b) =>
    {
        var byCentre = b.CentreY.CompareTo(a.CentreY);
        var byLeft = byCentre != 0 ? byCentre : a.Left.CompareTo(b.Left);
        return byLeft != 0 ? byLeft : a.Index.CompareTo(b.Index);
    };

    private static readonly Comparison<Key> LeftToRight = static (a, b) => a.Left.CompareTo(b.Left) is var c && c != 0 ? c : a.Index.CompareTo(b.Index);

    // The order LINQ's OrderBy gives (words that compare equal keep their order: a text layer may
    // print a word twice at one place), without its key arrays and iterators: the table reader
    // groups every word of every candidate page several times. The positions are read into keys
    // once, so the comparisons touch neither the words nor a closure.
    private static List<Word> StableSort(Word[] words, Comparison<Key> order)
    {
        var keys = new Key[words.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = new Key(words[i].Box.CentreY, words[i].Box.Left, i);
        }

        Array.Sort(keys, order);
        var sorted = new List<Word>(words.Length);
        foreach (var key in keys)
        {
            sorted.Add(words[key.Index]);
        }

        return sorted;
    }

    private readonly record struct Key(double CentreY, double Left, int Index);
}
