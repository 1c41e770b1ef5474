using Kompass.Ingest.Domain.Layout;

namespace Kompass.Ingest.Extraction.Lines;

/// <summary>
/// A page together with its text lines in reading order (built once, read by every extractor):
/// top to bottom, except that a region set in two columns gives its left column before its right.
/// </summary>
public sealed record PageLines(PageLayout Page, IReadOnlyList<TextLine> Lines)
{
    /// <summary>1-based page number.</summary>
    public int Number => Page.Number;

    /// <summary>
    /// The text of each row (baseline band), its segments joined with a space, top to bottom: a
    /// table row reads "1.1 Finns en plan? 10 15 65%". Rows, not reading order: two columns' lines
    /// on one baseline share a row.
    /// </summary>
    public IReadOnlyList<string> RowTexts()
    {
        // By row, then left to right, lines that compare equal keeping their order: what grouping
        // by row and ordering each group by its left edge give, in one sort of small keys.
        var keys = new (int Row, double Left, int Index)[Lines.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = (Lines[i].Row, Lines[i].Box.Left, i);
        }

        Array.Sort(keys, static (a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row)
            : a.Left.CompareTo(b.Left) is var byLeft && byLeft != 0 ? byLeft : a.Index.CompareTo(b.Index));
        var texts = new List<string>();
        var row = new List<string>(1);
        for (var k = 0; k < keys.Length; k++)
        {
            row.Add(Lines[keys[k].Index].Text);
            if (k + 1 == keys.Length || keys[k + 1].Row != keys[k].Row)
            {
                texts.Add(row.Count == 1 ? row[0] : string.Join(' ', row));
                row.Clear();
            }
        }

        return texts;
    }
}
