using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Rendering.HeldOut;

/// <summary>
/// One area's question table in the held-out family: no lines at all, a darker band behind the
/// header, alternate rows shaded grey, the area named in the header band ("(forts.)" when the
/// table runs onto a new page, where the band is repeated), the id in a column of its own, and
/// centred numbers set on the last line of a wrapped question. "%" has a column of its own, so
/// the percent is printed without the sign. The sum row is labelled "Summa".
/// </summary>
internal sealed class QuestionGrid
{
    private const double PadX = 4;
    private const double PadY = 3;
    private const double IdWidth = 30;
    private static readonly RgbColour HeaderFill = RgbColour.Grey(204);
    private static readonly RgbColour ZebraFill = RgbColour.Grey(239);
    private static readonly RgbColour SumFill = RgbColour.Grey(222);

    private readonly FlowWriter _flow;
    private readonly PrintedArea _area;
    private readonly bool _percent;
    private readonly List<double> _widths;
    private readonly List<double> _lefts;

    public QuestionGrid(FlowWriter flow, PrintedArea area)
    {
        _flow = flow;
        _area = area;
        _percent = area.Questions.Any(q => q.Percent is not null);
        _widths = [IdWidth, 0, 46, 40];
        if (_percent)
        {
            _widths.Add(36);
        }

        _widths[1] = flow.Width - _widths.Sum();
        _lefts = _widths.Select((_, i) => flow.Left + _widths.Take(i).Sum()).ToList();
    }

    private double Bottom => _flow.Canvas.PageHeight - _flow.Margins.Bottom;

    /// <summary>Draws the table at the cursor and records the page of every question row in <paramref name="pass"/>.</summary>
    public void Write(HeldOutPass pass)
    {
        var rows = _area.Questions.Select(Cells).ToList();
        var sum = SumCells();
        var heights = rows.Select(r => Height(r, HeldOutStyle.Table)).ToList();
        var whole = HeaderHeight(false) + heights.Sum() + (sum is null ? 0 : Height(sum, HeldOutStyle.TableBold));
        var page = Bottom - _flow.Margins.Top;
        var keep = whole <= page ? whole : HeaderHeight(false) + heights.Take(2).Sum();
        _flow.EnsureSpace(keep);
        Header(continued: false);
        for (var i = 0; i < rows.Count; i++)
        {
            Row(rows[i], heights[i], HeldOutStyle.Table, i % 2 == 1 ? ZebraFill : null);
            pass.Question(_area.Questions[i].Id, _flow.Page);
        }

        if (sum is not null)
        {
            Row(sum, Height(sum, HeldOutStyle.TableBold), HeldOutStyle.TableBold, SumFill);
        }

        _flow.Space(16);
    }

    private string[] Cells(PrintedQuestion q)
    {
        var cells = new List<string> { q.Id, q.Text, HeldOutText.Score(q.Score), HeldOutText.Score(q.Max) };
        if (_percent)
        {
            cells.Add(q.Percent is { } p ? HeldOutText.Number(p) : string.Empty);
        }

        return [.. cells];
    }

    private string[]? SumCells()
    {
        if (_area.TableTotal is not { } total)
        {
            return null;
        }

        var cells = new List<string> { string.Empty, "Summa", HeldOutText.Score(total), HeldOutText.Score(_area.TableTotalMax) };
        if (_percent)
        {
            var share = _area.TableTotalMax is { } max && max != 0 ? (int?)Math.Round(total * 100 / max, MidpointRounding.AwayFromZero) : null;
            cells.Add(share is { } s ? HeldOutText.Number(s) : string.Empty);
        }

        return [.. cells];
    }

    private string Caption(bool continued)
        => $"{HeldOutText.Number(_area.Number)} {_area.TableName}" + (continued ? " (forts.)" : string.Empty);

    private double HeaderHeight(bool continued)
    {
        var lines = _flow.Canvas.Wrap(Caption(continued), HeldOutStyle.TableBold, _widths[0] + _widths[1] - (2 * PadX)).Count;
        return (Math.Max(1, lines) * FlowWriter.LineHeight(HeldOutStyle.TableBold)) + (2 * PadY) + 2;
    }

    private void Header(bool continued)
    {
        var font = HeldOutStyle.TableBold;
        var height = HeaderHeight(continued);
        var top = _flow.Y;
        var canvas = _flow.Canvas;
        canvas.FillRectangle(_flow.Left, top, _flow.Width, height, HeaderFill);
        var lines = canvas.Wrap(Caption(continued), font, _widths[0] + _widths[1] - (2 * PadX));
        var baseline = top + PadY + 1 + font.Size;
        for (var l = 0; l < lines.Count; l++)
        {
            canvas.Text(_lefts[0] + PadX, baseline + (l * FlowWriter.LineHeight(font)), lines[l], font);
        }

        var last = baseline + ((lines.Count - 1) * FlowWriter.LineHeight(font));
        string[] numbers = _percent ? ["Poäng", "Max", "%"] : ["Poäng", "Max"];
        for (var c = 0; c < numbers.Length; c++)
        {
            Centred(c + 2, last, numbers[c], font);
        }

        _flow.Y = top + height;
    }

    private void Row(string[] cells, double height, FontSpec font, RgbColour? fill)
    {
        if (_flow.Y + height > Bottom)
        {
            _flow.NewPage();
            Header(continued: true);
        }

        var canvas = _flow.Canvas;
        var top = _flow.Y;
        if (fill is { } colour)
        {
            canvas.FillRectangle(_flow.Left, top, _flow.Width, height, colour);
        }

        var baseline = top + PadY + font.Size;
        canvas.Text(_lefts[0] + PadX, baseline, cells[0], font);
        var lines = canvas.Wrap(cells[1], font, _widths[1] - (2 * PadX));
        for (var l = 0; l < lines.Count; l++)
        {
            canvas.Text(_lefts[1] + PadX, baseline + (l * FlowWriter.LineHeight(font)), lines[l], font);
        }

        var last = baseline + ((Math.Max(1, lines.Count) - 1) * FlowWriter.LineHeight(font));
        for (var c = 2; c < cells.Length; c++)
        {
            Centred(c, last, cells[c], font);
        }

        _flow.Y = top + height;
    }

    private double Height(string[] cells, FontSpec font)
        => (Math.Max(1, _flow.Canvas.Wrap(cells[1], font, _widths[1] - (2 * PadX)).Count) * FlowWriter.LineHeight(font)) + (2 * PadY);

    private void Centred(int column, double baseline, string text, FontSpec font)
    {
        if (text.Length > 0)
        {
            _flow.Canvas.TextCentred(_lefts[column] + (_widths[column] / 2), baseline, text, font);
        }
    }
}
