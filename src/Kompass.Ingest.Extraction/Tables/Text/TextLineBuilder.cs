using Kompass.Ingest.Domain.Layout;

namespace Kompass.Ingest.Extraction.Tables.Text;

/// <summary>
/// Groups words into printed lines by their vertical centres (content-stream order is ignored: the
/// geometry decides) and splits each line into chunks at gaps as wide as a column gap.
/// </summary>
internal static class TextLineBuilder
{
    /// <summary>
    /// The lines of <paramref name="words"/>, top to bottom. Words whose centres are within
    /// <paramref name="lineTolerance"/> points of a line's running centre join it.
    /// </summary>
    public static IReadOnlyList<TextLine> Build(IEnumerable<Word> words, double lineTolerance, double columnGap)
    {
        var lines = new List<List<Word>>();
        var centre = 0.0;
        foreach (var word in Sorted(words.Where(w => !string.IsNullOrWhiteSpace(w.Text)), static w => w.Box.CentreY, descending: true))
        {
            if (lines.Count > 0 && centre - word.Box.CentreY <= lineTolerance)
            {
                var line = lines[^1];
                line.Add(word);
                centre += (word.Box.CentreY - centre) / line.Count;
                continue;
            }

            lines.Add([word]);
            centre = word.Box.CentreY;
        }

        return lines.Select(l => ToLine(l, columnGap)).ToList();
    }

    private static TextLine ToLine(List<Word> words, double columnGap)
    {
        var sorted = Sorted(words, static w => w.Box.Left, descending: false);
        var chunks = new List<TextChunk>();
        var current = new List<Word> { sorted[0] };
        var right = sorted[0].Box.Right;
        for (var k = 1; k < sorted.Count; k++)
        {
            var word = sorted[k];
            if (word.Box.Left - right >= columnGap)
            {
                chunks.Add(TextChunk.Of(current));
                current = [];
            }

            current.Add(word);
            right = Math.Max(right, word.Box.Right);
        }

        chunks.Add(TextChunk.Of(current));
        var box = chunks[0].Box;
        for (var c = 1; c < chunks.Count; c++)
        {
            box = box.Union(chunks[c].Box);
        }

        return new TextLine(sorted, chunks, box);
    }

    // The words by rising (or falling) key, words with equal keys keeping their order: the order
    // LINQ's OrderBy (or OrderByDescending) gives, without its map and key arrays (this sorts every
    // word of every page the stream detector reads, and every line's words again). The keys are read once.
    private static List<Word> Sorted(IEnumerable<Word> words, Func<Word, double> key, bool descending)
    {
        var list = words as List<Word> ?? [.. words];
        var keys = new (double Key, int Index)[list.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = (key(list[i]), i);
        }

        Array.Sort(keys, descending ? FallingKey : RisingKey);
        var sorted = new List<Word>(keys.Length);
        foreach (var k in keys)
        {
            sorted.Add(list[k.Index]);
        }

        return sorted;
    }

    private static readonly Comparison<(double Key, int Index)> RisingKey
        = static (a, b) => a.Key.CompareTo(b.Key) is var c && c != 0 ? c : a.Index.CompareTo(b.Index);

    private static readonly Comparison<(double Key, int Index)> FallingKey
        = static (a, b) => b.Key.CompareTo(a.Key) is var c && c != 0 ? c : a.Index.CompareTo(b.Index);
}
