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

    private static int TopDownLeftRight(Word a, Word b)
    {
        var byCentre = b.Box.CentreY.CompareTo(a.Box.CentreY);
        return byCentre != 0 ? byCentre : a.Box.Left.CompareTo(b.Box.Left);
    }

    private static int LeftToRight(Word a, Word b) => a.Box.Left.CompareTo(b.Box.Left);

    // The order LINQ's OrderBy gives (words that compare equal keep their order: a text layer may
    // print a word twice at one place), without its key arrays and iterators: the table reader
    // groups every word of every candidate page several times.
    private static List<Word> StableSort(Word[] words, Comparison<Word> order)
    {
        var indices = new int[words.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            indices[i] = i;
        }

        Array.Sort(indices, (i, j) => order(words[i], words[j]) is var c && c != 0 ? c : i.CompareTo(j));
        var sorted = new List<Word>(words.Length);
        foreach (var i in indices)
        {
            sorted.Add(words[i]);
        }

        return sorted;
    }
}
