using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Rendering.HeldOut;

/// <summary>The cover and the contents page of <see cref="HeldOutLayout"/>.</summary>
internal sealed partial class HeldOutLayout
{
    private const double CoverTitleTop = 236;

    // The title is the first text of the document's content stream and the largest on the cover;
    // a green bar runs beside it. Evaluators follow low on the page, each name over its organisation.
    private void Cover()
    {
        _flow.NewPage();
        var canvas = _pass.Canvas;
        var font = HeldOutStyle.Title;
        var indent = 16.0;
        var y = CoverTitleTop;
        foreach (var line in canvas.Wrap(_report.Title, font, _flow.Width - indent))
        {
            y += font.Size;
            canvas.Text(_flow.Left + indent, y, line, font, HeldOutStyle.Accent);
            y += 9;
        }

        canvas.FillRectangle(_flow.Left, CoverTitleTop + 2, 4.5, y - CoverTitleTop, HeldOutStyle.Accent);
        canvas.Text(_flow.Left + indent, y + 26, $"Utvärdering av {Name} enligt {HeldOutText.Tool(_report)}", HeldOutStyle.Body.WithSize(12) with { Italic = true });

        var evaluatorTop = Math.Max(y + 120, 560);
        if (_report.Evaluators.Count > 0)
        {
            canvas.Text(_flow.Left + indent, evaluatorTop, "Utvärderare", HeldOutStyle.Label.WithSize(10.5));
            var row = evaluatorTop + 20;
            foreach (var evaluator in _report.Evaluators)
            {
                canvas.Text(_flow.Left + indent, row, evaluator.Name, HeldOutStyle.Body.WithSize(10.5));
                if (evaluator.Organisation is { Length: > 0 } organisation)
                {
                    row += 13;
                    canvas.Text(_flow.Left + indent, row, organisation, HeldOutStyle.Subheading.WithSize(9), RgbColour.Grey(80));
                }

                row += 19;
            }
        }
    }

    // Drawn with the furniture: every page must get something appended, since PDFsharp writes an
    // empty appended content stream as a broken flate stream.
    private void CoverFoot()
    {
        var canvas = _pass.Canvas;
        var foot = canvas.PageHeight - 70;
        canvas.Line(_flow.Left, foot - 14, _flow.Right, foot - 14, 0.6, HeldOutStyle.Accent);
        canvas.Text(_flow.Left, foot, _organisation, HeldOutStyle.Label.WithSize(9));
        if (_report.ReportDate is { } date)
        {
            canvas.TextRightAligned(_flow.Right, foot, HeldOutText.IsoDate(date), HeldOutStyle.Body.WithSize(9));
        }
    }

    private void Contents()
    {
        _flow.NewPage();
        TextBlocks.Heading(_flow, "Innehåll", HeldOutStyle.Chapter, HeldOutStyle.Accent, 0, 14, 40);
        foreach (var (key, heading) in _chapters)
        {
            _flow.Space(5);
            Entry(heading, key, HeldOutStyle.Label, 0);
            if (key == "areas")
            {
                foreach (var area in _report.Areas)
                {
                    Entry(AreaHeading(area), $"area{area.Number}", HeldOutStyle.Body, 16);
                }
            }
        }
    }

    // Page numbers are right-aligned without leaders; the first pass does not know them yet.
    private void Entry(string text, string key, FontSpec font, double indent)
    {
        var page = _pass.PageOf(key) is { } p ? HeldOutText.Number(p) : string.Empty;
        _flow.EnsureSpace(FlowWriter.LineHeight(font));
        var lines = _flow.Canvas.Wrap(text, font, _flow.Width - indent - 40);
        for (var l = 0; l < lines.Count; l++)
        {
            _flow.Line(lines[l], font, indent);
        }

        if (page.Length > 0)
        {
            var baseline = _flow.Y - (FlowWriter.LineHeight(font) - font.Size);
            _flow.Canvas.TextRightAligned(_flow.Right, baseline, page, font);
        }
        _flow.Space(2);
    }
}
