using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>Chapters 3 and 4 of <see cref="Analysis2014Renderer"/>: one page per area, then the question tables.</summary>
internal sealed partial class Analysis2014Layout
{
    private void AreaChapter()
    {
        for (var i = 0; i < _report.Areas.Count; i++)
        {
            var area = _report.Areas[i];
            _flow.NewPage();
            if (i == 0)
            {
                _pass.Anchor("areas", _flow.Heading("3 Genomgång utifrån de åtta huvudområdena", Chapter, Blue, spaceBefore: 0, spaceAfter: 8));
            }

            _pass.Anchor($"area{area.Number}", _flow.Heading($"Område {area.Number} {area.SectionName}", Sub, Blue, spaceBefore: i == 0 ? 6 : 0));
            HeadingsAndScore(area, boxed: _pass.Random.NextDouble() < 0.4);
            if (area.General.Count > 0)
            {
                _flow.Heading("ALLMÄNT", Label, RgbColour.Black, spaceBefore: 6, spaceAfter: 2, keepWithNext: 30);
                _flow.Paragraphs(area.General, Body);
            }

            Findings("STYRKOR", area.Strengths);
            Findings("FÖRBÄTTRINGSOMRÅDEN", area.Improvements);
        }
    }

    private void Findings(string title, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        _flow.Heading(title, Label, RgbColour.Black, spaceBefore: 6, spaceAfter: 2, keepWithNext: 30);
        ListWriter.Items(_flow, items, _findings);
    }

    // "Rubriker" as a bare list; the score either follows it ("Poäng 71") or sits in a box beside it.
    private void HeadingsAndScore(PrintedArea area, bool boxed)
    {
        var score = ReportProse.SectionScore(area);
        var canvas = _flow.Canvas;
        var width = boxed && score is not null ? _flow.Width - 140 : _flow.Width;
        var lines = area.Subheadings.SelectMany(s => canvas.Wrap(s, Body, width)).ToList();
        var lineHeight = FlowWriter.LineHeight(Body);
        _flow.EnsureSpace(((lines.Count + 1) * lineHeight) + 50);
        var top = _flow.Y;
        if (lines.Count > 0)
        {
            _flow.Line("Rubriker", Label);
            foreach (var line in lines)
            {
                _flow.Line(line, Body);
            }
        }

        if (score is null)
        {
            _flow.Space(4);
            return;
        }

        if (boxed)
        {
            var x = _flow.Right - 110;
            canvas.FillRectangle(x, top + 2, 110, 56, new RgbColour(225, 235, 245));
            canvas.StrokeRectangle(x, top + 2, 110, 56, 0.8);
            canvas.Text(x + 10, top + 18, "Poäng", Label);
            canvas.Text(x + 10, top + 48, score, new FontSpec(Family, 22, Bold: true), Blue);
            _pass.Map.SectionScore(area.Number, _flow.Page);
            _flow.Y = Math.Max(_flow.Y, top + 62);
        }
        else
        {
            _flow.Space(4);
            _pass.Map.SectionScore(area.Number, _flow.LabelValue("Poäng", score, Label, 60));
        }
    }

    private void OverviewChapter()
    {
        if (!_report.Areas.Any(a => a.Questions.Count > 0))
        {
            return;
        }

        _flow.NewPage();
        _pass.Anchor("overview", _flow.Heading("4 Översikt av poängfördelning", Chapter, Blue, spaceBefore: 0, spaceAfter: 8));
        _flow.Paragraph($"Nedan visas {SwedishFormat.Genitive(_report.Municipality.ShortName)} resultat fördelat på delfrågor inom respektive område.", Body);
        var style = new TableStyle
        {
            Body = Body,
            Header = Label,
            Ruling = TableRuling.HorizontalRules,
            HeaderFill = new RgbColour(225, 235, 245),
            RepeatHeader = _pass.Random.NextDouble() < 0.5,
        };
        var options = new QuestionTableOptions { Style = style, SpacedPercent = _pass.Random.NextDouble() < 0.2, JumbleChance = 0.35 };
        foreach (var area in _report.Areas)
        {
            QuestionTableWriter.Write(_flow, _pass, area, options);
        }
    }
}
