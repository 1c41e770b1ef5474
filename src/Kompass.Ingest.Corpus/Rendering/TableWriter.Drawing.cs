using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>The drawing half of <see cref="TableWriter"/>: header, cells, fills and rules.</summary>
public sealed partial class TableWriter
{
    private double HeaderHeight()
    {
        var count = _columns.Select((c, i) => HeaderLines(i).Count).Max();
        return (Math.Max(1, count) * RowLineHeight(_style.Header)) + (2 * _style.PaddingY);
    }

    private IReadOnlyList<string> HeaderLines(int column)
        => _columns[column].Header.Length == 0
            ? []
            : _flow.Canvas.Wrap(_columns[column].Header, _style.Header, _widths[column] - (2 * _style.PaddingX));

    private void DrawHeader()
    {
        var top = _flow.Y;
        var height = HeaderHeight();
        var fill = _style.HeaderFill ?? (_style.Ruling == TableRuling.ShadedHeader ? RgbColour.Grey(215) : null);
        if (fill is { } colour)
        {
            _flow.Canvas.FillRectangle(_lefts[0], top, TableWidth, height, colour);
        }

        for (var i = 0; i < _columns.Count; i++)
        {
            var lines = HeaderLines(i);
            for (var l = 0; l < lines.Count; l++)
            {
                var baseline = top + _style.PaddingY + _style.Header.Size + (l * RowLineHeight(_style.Header));
                DrawCellText(i, baseline, lines[l], _style.Header, _style.HeaderText);
            }
        }

        switch (_style.Ruling)
        {
            case TableRuling.Lattice:
                BoxRow(top, height, topRule: true);
                break;
            case TableRuling.HorizontalRules:
                _flow.Canvas.Line(_lefts[0], top, _lefts[0] + TableWidth, top, _style.Rule * 2);
                _flow.Canvas.Line(_lefts[0], top + height, _lefts[0] + TableWidth, top + height, _style.Rule);
                break;
        }

        _needTopRule = false;
        _flow.Y = top + height;
    }

    private void Flush(IReadOnlyList<PlacedRow> rows, RowOrder order)
    {
        foreach (var row in rows.Where(r => r.Zebra && _style.ZebraFill is not null))
        {
            _flow.Canvas.FillRectangle(_lefts[0], row.Top, TableWidth, row.Height, _style.ZebraFill!.Value);
        }

        switch (order)
        {
            case RowOrder.TextThenNumbers:
                DrawCells(rows, numeric: false);
                DrawCells(rows, numeric: true);
                break;
            case RowOrder.NumbersThenText:
                DrawCells(rows, numeric: true);
                DrawCells(rows, numeric: false);
                break;
            default:
                foreach (var row in rows)
                {
                    DrawCells([row], numeric: false);
                    DrawCells([row], numeric: true);
                }

                break;
        }

        foreach (var row in rows)
        {
            RuleRow(row);
        }
    }

    private void DrawCells(IReadOnlyList<PlacedRow> rows, bool numeric)
    {
        foreach (var row in rows)
        {
            for (var i = 0; i < _columns.Count; i++)
            {
                if (_columns[i].Numeric != numeric)
                {
                    continue;
                }

                for (var l = 0; l < row.Lines[i].Count; l++)
                {
                    var baseline = row.Top + _style.PaddingY + row.Font.Size + (l * RowLineHeight(row.Font));
                    DrawCellText(i, baseline, row.Lines[i][l], row.Font, RgbColour.Black);
                }
            }
        }
    }

    private void DrawCellText(int column, double baseline, string text, FontSpec font, RgbColour colour)
    {
        if (text.Length == 0)
        {
            return;
        }

        var canvas = _flow.Canvas;
        var right = _lefts[column] + _widths[column] - _style.PaddingX;
        if (!_columns[column].Numeric)
        {
            canvas.Text(_lefts[column] + _style.PaddingX, baseline, text, font, colour);
        }
        else if (_style.CentreNumbers)
        {
            canvas.Text(_lefts[column] + ((_widths[column] - canvas.Measure(text, font)) / 2), baseline, text, font, colour);
        }
        else
        {
            canvas.TextRightAligned(right, baseline, text, font, colour);
        }
    }

    private void RuleRow(PlacedRow row)
    {
        switch (_style.Ruling)
        {
            case TableRuling.Lattice:
                BoxRow(row.Top, row.Height, _needTopRule);
                _needTopRule = false;
                break;
            case TableRuling.HorizontalRules:
                _flow.Canvas.Line(_lefts[0], row.Top + row.Height, _lefts[0] + TableWidth, row.Top + row.Height, _style.Rule / 2);
                break;
        }
    }

    private void BoxRow(double top, double height, bool topRule)
    {
        var canvas = _flow.Canvas;
        var right = _lefts[0] + TableWidth;
        if (topRule)
        {
            canvas.Line(_lefts[0], top, right, top, _style.Rule);
        }

        canvas.Line(_lefts[0], top + height, right, top + height, _style.Rule);
        foreach (var x in _lefts.Append(right))
        {
            canvas.Line(x, top, x, top + height, _style.Rule);
        }
    }
}
