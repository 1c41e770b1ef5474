using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>Chapters 3 and 4 of <see cref="Analysis2020Renderer"/>: the areas under their roles, then the lattice tables.</summary>
internal sealed partial class Analysis2020Layout
{
    private void RoleChapter()
    {
        var first = true;
        foreach (var role in Roles())
        {
            _flow.NewPage();
            if (first)
            {
                _pass.Anchor("roles", _flow.Heading("3 Kommunens fyra roller", Chapter, Green, spaceBefore: 0, spaceAfter: 6));
                first = false;
            }

            _pass.Anchor($"role-{role.Key}", _flow.Heading($"Kommunen som {role.Key}", Sub.WithSize(14), Green, spaceBefore: 4, spaceAfter: 6));
            foreach (var area in role)
            {
                Area(area);
            }
        }
    }

    private void Area(PrintedArea area)
    {
        _flow.Heading($"Område {area.Number}. {area.SectionName}", Sub, RgbColour.Black, spaceBefore: 12, keepWithNext: 80);
        if (ReportProse.SectionScore(area) is { } score)
        {
            var canvas = _flow.Canvas;
            _flow.EnsureSpace(30);
            var top = _flow.Y + 2;
            canvas.FillRectangle(_flow.Left, top, 60, 20, Mint);
            canvas.StrokeRectangle(_flow.Left, top, 110, 20, 0.6);
            canvas.Line(_flow.Left + 60, top, _flow.Left + 60, top + 20, 0.6);
            canvas.Text(_flow.Left + 6, top + 14, "Poäng", Label);
            canvas.TextRightAligned(_flow.Left + 104, top + 14, score, Label);
            _pass.Map.SectionScore(area.Number, _flow.Page);
            _flow.Space(30);
        }

        if (area.Subheadings.Count > 0)
        {
            _flow.Line("Rubriker", Label);
            ListWriter.Items(_flow, area.Subheadings, new ListStyle(Body, "•", Indent: 4, Hang: 10, ItemGap: 0), spaceAfter: 4);
        }

        if (area.General.Count > 0)
        {
            _flow.Heading("Allmänt", Label, Green, spaceBefore: 2, spaceAfter: 2, keepWithNext: 30);
            _flow.Paragraphs(area.General, Body);
        }

        Findings("Styrkor", area.Strengths, "–");
        Findings("Förbättringsområden", area.Improvements, "#.");
    }

    private void Findings(string title, IReadOnlyList<string> items, string marker)
    {
        if (items.Count > 0)
        {
            _flow.Heading(title, Label, Green, spaceBefore: 4, spaceAfter: 2, keepWithNext: 30);
            ListWriter.Items(_flow, items, new ListStyle(Body, marker, Indent: 4, Hang: 14, ItemGap: 2));
        }
    }

    private void OverviewChapter()
    {
        if (!_report.Areas.Any(a => a.Questions.Count > 0))
        {
            return;
        }

        _flow.NewPage();
        _pass.Anchor("overview", _flow.Heading("4 Poäng per fråga", Chapter, Green, spaceBefore: 0, spaceAfter: 8));
        var style = new TableStyle
        {
            Body = Body.WithSize(9),
            Header = Label.WithSize(9),
            Ruling = TableRuling.Lattice,
            HeaderFill = Mint,
            PaddingX = 4,
            PaddingY = 3,
            RepeatHeader = _pass.Random.NextDouble() < 0.6,
        };
        var spaced = _pass.Random.NextDouble() < 0.5;
        foreach (var area in _report.Areas)
        {
            var headers = _pass.Random.NextDouble() < 0.5 ? ("Poäng", "Max", "%") : ("Uppnått", "Max", "Procent");
            var options = new QuestionTableOptions { Style = style, Headers = headers, SpacedPercent = spaced, JumbleChance = 0.3, NumberWidth = 48 };
            QuestionTableWriter.Write(_flow, _pass, area, options);
        }
    }
}
