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
        // The positions are read into keys once and sorted top down; each line is then a stretch
        // of those keys, sorted left to right in place. No word is copied before it goes to its line.
        var list = words as IReadOnlyList<Word> ?? [.. words];
        var keys = new Key[list.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = new Key(list[i].Box.CentreY, list[i].Box.Left, i, 0);
        }

        Array.Sort(keys);
        var lines = new List<WordLine>();
        var start = 0;
        var centre = 0.0;
        for (var k = 0; k < keys.Length; k++)
        {
            keys[k] = keys[k] with { Rank = k };
            if (k > start && centre - keys[k].CentreY <= tolerance)
            {
                centre += (keys[k].CentreY - centre) / (k - start + 1);
                continue;
            }

            if (k > start)
            {
                lines.Add(Line(list, keys.AsSpan(start, k - start)));
            }

            start = k;
            centre = keys[k].CentreY;
        }

        if (keys.Length > 0)
        {
            lines.Add(Line(list, keys.AsSpan(start)));
        }

        return lines;
    }

    // The words of one line's keys, left to right.
    private static WordLine Line(IReadOnlyList<Word> words, Span<Key> keys)
    {
        keys.Sort(LeftToRight);
        var line = new List<Word>(keys.Length);
        foreach (var key in keys)
        {
            line.Add(words[key.Index]);
        }

        return new WordLine(line);
    }

    // The order LINQ's OrderBy gives (words that compare equal keep their order: a text layer may
    // print a word twice at one place), without its key arrays and iterators: the table reader
    // groups every word of every candidate page several times. Top to bottom by centre, then left
    // to right, then in the order the words came (the keys' own order, which the sort calls
    // directly); within a line, left to right, then top down.
    private static readonly Comparison<Key> LeftToRight = static (a, b) => a.Left.CompareTo(b.Left) is var c && c != 0 ? c : a.Rank.CompareTo(b.Rank);

    /// <summary>A word's position, its index among the words given and its rank top down (set once sorted); ordered top down, then left to right, then by index.</summary>
    internal readonly record struct Key(double CentreY, double Left, int Index, int Rank) : IComparable<Key>
    {
        /// <inheritdoc />
        public int CompareTo(Key other)
        {
            var byCentre = other.CentreY.CompareTo(CentreY);
            var byLeft = byCentre != 0 ? byCentre : Left.CompareTo(other.Left);
            return byLeft != 0 ? byLeft : Index.CompareTo(other.Index);
        }
    }
}
