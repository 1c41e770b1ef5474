using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Extraction.Summary;

/// <summary>
/// A summary table as read: its page, one row per area (label and cells), the total row, the
/// columns, which column is the current evaluation's and which the national mean's, and the doubts
/// met while reading it.
/// </summary>
internal sealed record SummaryTable(
    int Page,
    IReadOnlyDictionary<int, SummaryRow> Areas,
    SummaryRow? Total,
    IReadOnlyList<SummaryColumn> Columns,
    int ScoreColumn,
    int? MeanColumn,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The cell of <paramref name="row"/> in column <paramref name="column"/>, if any.</summary>
    public SummaryCell? CellOf(SummaryRow row, int column, double slack)
        => row.Cells.Where(c => Columns[column].Holds(c, slack))
            .OrderBy(c => Math.Abs(c.Box.CentreX - ((Columns[column].Left + Columns[column].Right) / 2)))
            .FirstOrDefault();

    /// <summary>What the table says, the cells taken from the score and mean columns (numbers within <paramref name="slack"/> points of a column belong to it).</summary>
    public SummaryReading Read(double slack)
    {
        var areas = Areas.ToDictionary(
            pair => pair.Key,
            pair => new SummaryAreaReading(
                Page,
                CellOf(pair.Value, ScoreColumn, slack),
                MeanColumn is { } mean ? CellOf(pair.Value, mean, slack) : null,
                pair.Value.Label,
                string.Join('\n', pair.Value.LabelLines.Select(l => l.Text)),
                BoundingBox.UnionOf(pair.Value.LabelLines.Select(l => l.Box))));
        return new SummaryReading(
            Page,
            areas,
            Total is { } total ? CellOf(total, ScoreColumn, slack) : null,
            Total is { } row && MeanColumn is { } column ? CellOf(row, column, slack) : null,
            MeanColumn is not null,
            Warnings);
    }
}
