using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Summary;

/// <summary>
/// One baseline band of a page read as a table row: the label (the leftmost text, which may wrap
/// onto further lines), and the numbers printed to its right, left to right. A row of numbers
/// without a label has no <see cref="LabelLines"/>.
/// </summary>
internal sealed record SummaryRow(IReadOnlyList<TextLine> LabelLines, IReadOnlyList<SummaryCell> Cells, BoundingBox Box, double FontSize)
{
    /// <summary>The label's lines joined with single spaces.</summary>
    public string Label => string.Join(' ', LabelLines.Select(l => LabelText(l)));

    /// <summary>True when the row has a label.</summary>
    public bool HasLabel => LabelLines.Count > 0;

    /// <summary>Left edge of the label (or of the first number when there is none).</summary>
    public double Left => HasLabel ? LabelLines[0].Box.Left : Box.Left;

    // The label line may end in numbers split off as cells ("1. Offentlighet och demokrati 71 55"):
    // those words are not part of the label.
    private string LabelText(TextLine line)
        => string.Join(' ', line.Words.Reverse().SkipWhile(w => Cells.Any(c => c.Box == w.Box && c.Raw == w.Text) || IsUnit(w.Text)).Reverse().Select(w => w.Text));

    private static bool IsUnit(string text) => text is "p" or "p." or "poäng" or "%";
}
