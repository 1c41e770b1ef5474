using Kompass.Ingest.Domain.Layout;

namespace Kompass.Ingest.Extraction.Lines;

/// <summary>A page together with its text lines in reading order (built once, read by every extractor).</summary>
public sealed record PageLines(PageLayout Page, IReadOnlyList<TextLine> Lines)
{
    /// <summary>1-based page number.</summary>
    public int Number => Page.Number;

    /// <summary>
    /// The text of each row (baseline band), its segments joined with a space, top to bottom: a
    /// table row reads "1.1 Finns en plan? 10 15 65%".
    /// </summary>
    public IReadOnlyList<string> RowTexts()
        => Lines.GroupBy(l => l.Row).Select(g => string.Join(' ', g.Select(l => l.Text))).ToList();
}
