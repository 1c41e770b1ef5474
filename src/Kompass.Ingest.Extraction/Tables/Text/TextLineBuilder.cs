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
        foreach (var word in words.Where(w => !string.IsNullOrWhiteSpace(w.Text)).OrderByDescending(w => w.Box.CentreY))
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
        var sorted = words.OrderBy(w => w.Box.Left).ToList();
        var chunks = new List<TextChunk>();
        var current = new List<Word> { sorted[0] };
        var right = sorted[0].Box.Right;
        foreach (var word in sorted.Skip(1))
        {
            if (word.Box.Left - right >= columnGap)
            {
                chunks.Add(TextChunk.Of(current));
                current = [];
            }

            current.Add(word);
            right = Math.Max(right, word.Box.Right);
        }

        chunks.Add(TextChunk.Of(current));
        var box = chunks.Select(c => c.Box).Aggregate((a, b) => a.Union(b));
        return new TextLine(sorted, chunks, box);
    }
}
