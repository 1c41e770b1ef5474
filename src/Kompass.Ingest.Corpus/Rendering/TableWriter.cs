using Kompass.Ingest.Corpus.Pdf;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>
/// Draws a table into a <see cref="FlowWriter"/>: wrapped text cells, numbers in their own
/// columns, rows that never split, page breaks between rows (with or without the header again)
/// and, on request, a jumbled content-stream order for a run of rows. Not thread-safe.
/// </summary>
public sealed partial class TableWriter
{
    private readonly FlowWriter _flow;
    private readonly TableStyle _style;
    private readonly IReadOnlyList<TableColumn> _columns;
    private readonly double[] _lefts;
    private readonly double[] _widths;
    private bool _needTopRule = true;
    private int _bodyRows;

    /// <summary>Creates a writer for one table starting at the flow's cursor, <paramref name="indent"/> points in from the left margin.</summary>
    public TableWriter(FlowWriter flow, TableStyle style, IReadOnlyList<TableColumn> columns, double indent = 0)
    {
        _flow = Guard.NotNull(flow);
        _style = Guard.NotNull(style);
        _columns = Guard.NotNull(columns);
        Guard.That(columns.Count > 0, "a table has at least one column");

        var fixedWidth = columns.Sum(c => c.Width);
        var flexible = columns.Count(c => c.Width <= 0);
        var rest = flexible == 0 ? 0 : Math.Max(40, (flow.Width - indent - fixedWidth) / flexible);
        _widths = columns.Select(c => c.Width > 0 ? c.Width : rest).ToArray();
        _lefts = new double[columns.Count];
        var x = flow.Left + indent;
        for (var i = 0; i < columns.Count; i++)
        {
            _lefts[i] = x;
            x += _widths[i];
        }
    }

    /// <summary>Total width of the table in points.</summary>
    public double TableWidth => _widths.Sum();

    /// <summary>Draws the header row, first making room for it and two body lines.</summary>
    public void Header()
    {
        var height = HeaderHeight();
        _flow.EnsureSpace(height + (2 * RowLineHeight(_style.Body)) + (2 * _style.PaddingY));
        DrawHeader();
    }

    /// <summary>Draws one row; returns the page it landed on.</summary>
    public int Row(TableRow row) => Rows([row], RowOrder.RowByRow)[0];

    /// <summary>Draws <paramref name="rows"/> in <paramref name="order"/>; returns the page of each row.</summary>
    public IReadOnlyList<int> Rows(IReadOnlyList<TableRow> rows, RowOrder order)
    {
        Guard.NotNull(rows);
        var pages = new List<int>(rows.Count);
        var pending = new List<PlacedRow>();
        if (_flow.Page == 0)
        {
            _flow.NewPage();
        }

        foreach (var row in rows)
        {
            Guard.That(row.Cells.Count == _columns.Count, "a row has one cell per column");
            var placed = Measure(row);
            if (_flow.Y + placed.Height > _flow.Canvas.PageHeight - _flow.Margins.Bottom)
            {
                Flush(pending, order);
                pending.Clear();
                _flow.NewPage();
                _needTopRule = true;
                if (_style.RepeatHeader)
                {
                    DrawHeader();
                }
            }

            pending.Add(placed with { Top = _flow.Y, Zebra = _bodyRows % 2 == 1 });
            _bodyRows++;
            _flow.Y += placed.Height;
            pages.Add(_flow.Page);
        }

        Flush(pending, order);
        return pages;
    }

    /// <summary>Closes the table (the bottom rule of a horizontally ruled table) and leaves <paramref name="spaceAfter"/> points.</summary>
    public void Finish(double spaceAfter = 10)
    {
        if (_style.Ruling == TableRuling.HorizontalRules)
        {
            _flow.Canvas.Line(_lefts[0], _flow.Y, _lefts[0] + TableWidth, _flow.Y, _style.Rule * 2);
        }

        _flow.Y += spaceAfter;
    }

    private double RowLineHeight(FontSpec font) => font.Size * _style.Leading;

    private PlacedRow Measure(TableRow row)
    {
        var font = row.Bold ? _style.Body.AsBold() : _style.Body;
        var lines = new IReadOnlyList<string>[_columns.Count];
        for (var i = 0; i < _columns.Count; i++)
        {
            lines[i] = _columns[i].Numeric || row.Cells[i].Length == 0
                ? [row.Cells[i]]
                : _flow.Canvas.Wrap(row.Cells[i], font, _widths[i] - (2 * _style.PaddingX));
        }

        var count = Math.Max(1, lines.Max(l => l.Count));
        return new PlacedRow(lines, font, (count * RowLineHeight(font)) + (2 * _style.PaddingY), 0, false);
    }

    private sealed record PlacedRow(IReadOnlyList<string>[] Lines, FontSpec Font, double Height, double Top, bool Zebra);
}
