using Kompass.Ingest.Domain.Layout;
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
    // those words are not part of the label. Label is read many times per row while a table is
    // found, so this walks the words in place rather than through reversed LINQ sequences.
    private string LabelText(TextLine line)
    {
        var words = line.Words;
        var end = words.Count;
        while (end > 0 && (IsCell(words[end - 1]) || IsUnit(words[end - 1].Text)))
        {
            end--;
        }

        if (end == words.Count)
        {
            return line.Text;
        }

        var texts = new string[end];
        for (var i = 0; i < end; i++)
        {
            texts[i] = words[i].Text;
        }

        return string.Join(' ', texts);
    }

    private bool IsCell(Word word)
    {
        foreach (var cell in Cells)
        {
            if (cell.Box == word.Box && cell.Raw == word.Text)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnit(string text) => text is "p" or "p." or "poäng" or "%";
}
