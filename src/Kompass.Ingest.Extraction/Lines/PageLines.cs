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
        => RowBands.LeftToRight(Lines).Select(row => row.Count == 1 ? row[0].Text : string.Join(' ', row.Select(l => l.Text))).ToList();
}
