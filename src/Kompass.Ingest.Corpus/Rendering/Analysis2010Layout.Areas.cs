using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>Chapters 3 and 4 of <see cref="Analysis2010Renderer"/>.</summary>
internal sealed partial class Analysis2010Layout
{
    private void Areas()
    {
        _flow.NewPage();
        _pass.Anchor("areas", _flow.Heading("3 Detaljerad genomgång i förhållande till Kommunkompassens åtta områden", Chapter, Navy, spaceBefore: 0, spaceAfter: 6));
        var bullets = new ListStyle(Body, "o", Indent: 12, Hang: 14, ItemGap: 2);
        foreach (var area in _report.Areas)
        {
            _pass.Anchor($"area{area.Number}", _flow.Heading($"Område {area.Number}: {area.SectionName}", Sub, Navy, spaceBefore: 14, keepWithNext: 90));
            if (ReportProse.SectionScore(area) is { } score)
            {
                _pass.Map.SectionScore(area.Number, _flow.LabelValue("Poäng:", score, Body.AsBold(), 44, spaceAfter: 6));
            }

            if (area.Subheadings.Count > 0)
            {
                _flow.Line("Delområden:", Body with { Italic = true });
                ListWriter.Items(_flow, area.Subheadings, new ListStyle(Body with { Italic = true }, "–", Indent: 12, Hang: 12, ItemGap: 0), spaceAfter: 4);
            }

            _flow.Paragraphs(area.General, Body);
            if (area.Strengths.Count > 0)
            {
                _flow.Heading("Styrkor", Label, RgbColour.Black, spaceBefore: 4, spaceAfter: 2, keepWithNext: 30);
                ListWriter.Items(_flow, area.Strengths, bullets);
            }

            if (area.Improvements.Count > 0)
            {
                _flow.Heading("Förbättringsområden", Label, RgbColour.Black, spaceBefore: 4, spaceAfter: 2, keepWithNext: 30);
                ListWriter.Items(_flow, area.Improvements, bullets);
            }
        }
    }

    private void Overview()
    {
        if (!_report.Areas.Any(a => a.Questions.Count > 0))
        {
            return;
        }

        _flow.NewPage();
        _pass.Anchor("overview", _flow.Heading("4 Poängöversikt", Chapter, Navy, spaceBefore: 0, spaceAfter: 8));
        var options = new QuestionTableOptions
        {
            Style = new TableStyle { Body = Body.WithSize(10), Header = Body.WithSize(10).AsBold(), Ruling = TableRuling.HorizontalRules, RepeatHeader = _pass.Random.NextDouble() < 0.5 },
            Headers = ("Poäng", "Max poäng", "Procent"),
            NumberWidth = 56,
            JumbleChance = 0.2,
            TotalLabel = "Summa",
        };
        foreach (var area in _report.Areas)
        {
            QuestionTableWriter.Write(_flow, _pass, area, options);
        }
    }
}
