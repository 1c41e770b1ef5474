using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>Chapters 3 and 4 of <see cref="Analysis2002Renderer"/>: the areas, then the Poängsammanställning.</summary>
internal sealed partial class Analysis2002Layout
{
    private void AreaChapter()
    {
        _flow.NewPage();
        _flow.Heading("3 Bedömning per område", Chapter, RgbColour.Black, spaceBefore: 0, spaceAfter: 6);
        foreach (var area in _report.Areas)
        {
            AreaHeading(area);
            if (area.Subheadings.Count > 0)
            {
                _flow.Line("Rubriker:", Body with { Italic = true });
                ListWriter.Items(_flow, area.Subheadings, new ListStyle(Body with { Italic = true }, string.Empty, Indent: 18, ItemGap: 0), spaceAfter: 4);
            }

            _flow.Paragraphs(area.General, Body);
            Findings("Styrkor", area.Strengths);
            Findings("Förbättringsområden", area.Improvements);
        }
    }

    // The heading on the left and the area's score right-aligned on its first line.
    private void AreaHeading(PrintedArea area)
    {
        var score = ReportProse.SectionScore(area);
        var text = $"{area.Number}. {area.SectionName}";
        var lines = _pass.Canvas.Wrap(text, Sub, _flow.Width - (score is null ? 0 : 100));
        _flow.Space(14);
        _flow.EnsureSpace((lines.Count * FlowWriter.LineHeight(Sub)) + 70);
        for (var i = 0; i < lines.Count; i++)
        {
            _flow.Y += Sub.Size;
            _pass.Canvas.Text(_flow.Left, _flow.Y, lines[i], Sub);
            if (i == 0 && score is not null)
            {
                _pass.Canvas.TextRightAligned(_flow.Right, _flow.Y, $"Poäng: {score}", Sub);
                _pass.Map.SectionScore(area.Number, _flow.Page);
            }

            _flow.Y += FlowWriter.LineHeight(Sub) - Sub.Size;
        }

        _pass.Canvas.Line(_flow.Left, _flow.Y, _flow.Right, _flow.Y, 0.4);
        _flow.Space(6);
    }

    private void Findings(string title, IReadOnlyList<string> items)
    {
        if (items.Count > 0)
        {
            _flow.Heading(title, Label, RgbColour.Black, spaceBefore: 4, spaceAfter: 1, keepWithNext: 30);
            ListWriter.Items(_flow, items, _bullets);
        }
    }

    private void ScoreChapter()
    {
        var tables = _report.Areas.Any(a => a.Questions.Count > 0);
        if (!SummaryTableWriter.HasSummary(_report) && !tables)
        {
            return;
        }

        _flow.NewPage();
        _flow.Heading("4 Poängsammanställning", Chapter, RgbColour.Black, spaceBefore: 0, spaceAfter: 8);
        if (SummaryTableWriter.HasSummary(_report))
        {
            _flow.Paragraph("Tabellen visar kommunens poäng inom de åtta områdena. Högsta möjliga poäng är 100 per område.", Body);
            SummaryTableWriter.Write(_flow, _pass, _report, new SummaryTableOptions
            {
                Style = new TableStyle { Body = Body, Header = Body.AsBold(), Ruling = TableRuling.None, PaddingY = 1.5 },
                NameHeader = "Område",
                OwnHeader = "Poäng",
                MeanHeader = "Genomsnitt",
                TotalLabel = "Summa",
                MaxColumn = true,
                NumberWidth = 60,
            });
        }

        var options = new QuestionTableOptions
        {
            Style = new TableStyle { Body = Body.WithSize(10.5), Header = Sub.WithSize(10.5), Ruling = TableRuling.HorizontalRules, RepeatHeader = _pass.Random.NextDouble() < 0.4 },
            Headers = ("Poäng", "Max", "%"),
            IdColumn = true,
            NumberWidth = 44,
            JumbleChance = 0.15,
        };
        foreach (var area in _report.Areas)
        {
            QuestionTableWriter.Write(_flow, _pass, area, options);
        }
    }
}
