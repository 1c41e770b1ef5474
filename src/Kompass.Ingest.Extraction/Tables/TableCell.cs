using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Extraction.Tables;

/// <summary>
/// One cell of a <see cref="Table"/>. <see cref="Row"/> and <see cref="Column"/> are 0-based and
/// name the top-left grid position the cell covers; a spanning cell covers
/// <see cref="RowSpan"/> × <see cref="ColumnSpan"/> positions. <see cref="Text"/> joins the words of
/// one printed line with a space and the lines of a wrapped cell with a newline. <see cref="Box"/>
/// is in PDF points on <see cref="Page"/> (1-based): the words' box, or for an empty stream cell the
/// crossing of its row and column, or for a lattice cell the rectangle of its ruling lines.
/// </summary>
public sealed record TableCell(
    int Row,
    int Column,
    int RowSpan,
    int ColumnSpan,
    string Text,
    int Page,
    BoundingBox Box,
    IReadOnlyList<Word> Words)
{
    /// <summary>True when no word fell into the cell.</summary>
    public bool IsEmpty => Words.Count == 0;

    /// <summary>True when the cell covers grid position (<paramref name="row"/>, <paramref name="column"/>).</summary>
    public bool Covers(int row, int column)
        => row >= Row && row < Row + RowSpan && column >= Column && column < Column + ColumnSpan;

    /// <summary>The same cell moved down by <paramref name="rows"/> rows (used when joining continued tables).</summary>
    public TableCell ShiftedBy(int rows) => this with { Row = Row + rows };
}
