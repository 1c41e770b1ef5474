using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>Chapters 3 and 4 of <see cref="AnalysisCapsRenderer"/>: the areas run on, then the question tables.</summary>
internal sealed partial class AnalysisCapsLayout
{
    private void AreaChapter()
    {
        _flow.NewPage();
        _pass.Anchor("areas", _flow.Heading("3. DE ÅTTA OMRÅDENA", Chapter, Teal, spaceBefore: 0, spaceAfter: 6));
        foreach (var area in _report.Areas)
        {
            _flow.Space(8);
            _flow.EnsureSpace(160);
            _flow.Canvas.Line(_flow.Left, _flow.Y, _flow.Right, _flow.Y, 1.2, Teal);
            _flow.Space(4);
            _flow.Line($"OMRÅDE {area.Number}", Label);
            _pass.Anchor($"area{area.Number}", _flow.Heading(area.SectionName, Sub, Teal, spaceBefore: 0, spaceAfter: 4));
            ScoreBox(area);
            if (area.Subheadings.Count > 0)
            {
                _flow.Line("Rubriker", Label);
                ListWriter.Items(_flow, area.Subheadings, new ListStyle(Body, "–", Indent: 2, Hang: 11, ItemGap: 0), spaceAfter: 4);
            }

            if (area.General.Count > 0)
            {
                _flow.Heading("ALLMÄNT", Label, RgbColour.Black, spaceBefore: 4, spaceAfter: 2, keepWithNext: 30);
                _flow.Paragraphs(area.General, Body);
            }

            if (_pass.Random.NextDouble() < 0.5 && area.Strengths.Count > 0 && area.Improvements.Count > 0)
            {
                _flow.Space(4);
                ColumnPairWriter.Write(_flow, ("STYRKOR", area.Strengths), ("FÖRBÄTTRINGSOMRÅDEN", area.Improvements), Label, _findings with { Font = Body.WithSize(9.5) });
            }
            else
            {
                Findings("STYRKOR", area.Strengths);
                Findings("FÖRBÄTTRINGSOMRÅDEN", area.Improvements);
            }
        }
    }

    private void Findings(string title, IReadOnlyList<string> items)
    {
        if (items.Count > 0)
        {
            _flow.Heading(title, Label, RgbColour.Black, spaceBefore: 6, spaceAfter: 2, keepWithNext: 30);
            ListWriter.Items(_flow, items, _findings);
        }
    }

    private void ScoreBox(PrintedArea area)
    {
        if (ReportProse.SectionScore(area) is not { } score)
        {
            return;
        }

        _flow.EnsureSpace(34);
        var canvas = _flow.Canvas;
        canvas.FillRectangle(_flow.Left, _flow.Y, 150, 28, Pale);
        canvas.Text(_flow.Left + 8, _flow.Y + 18, "POÄNG", Label);
        canvas.Text(_flow.Left + 60, _flow.Y + 20, score, new FontSpec(HeadingFamily, 15, Bold: true), Teal);
        canvas.Text(_flow.Left + 100, _flow.Y + 18, "av 100", Small);
        _pass.Map.SectionScore(area.Number, _flow.Page);
        _flow.Space(36);
    }

    private void OverviewChapter()
    {
        if (!_report.Areas.Any(a => a.Questions.Count > 0))
        {
            return;
        }

        _flow.NewPage();
        _pass.Anchor("overview", _flow.Heading("4. ÖVERSIKT AV POÄNGFÖRDELNING", Chapter, Teal, spaceBefore: 0, spaceAfter: 10));
        var style = new TableStyle
        {
            Body = Body.WithSize(9),
            Header = Label with { Size = 8.5 },
            Ruling = TableRuling.ShadedHeader,
            HeaderFill = Teal,
            HeaderText = RgbColour.White,
            ZebraFill = Pale,
            PaddingY = 3,
            RepeatHeader = _pass.Random.NextDouble() < 0.7,
        };
        var options = new QuestionTableOptions { Style = style, IdColumn = true, SpacedPercent = true, TotalLabel = "Summa", JumbleChance = 0.25 };
        foreach (var area in _report.Areas)
        {
            QuestionTableWriter.Write(_flow, _pass, area, options);
        }
    }
}
