using Kompass.Ingest.Corpus.Model;

namespace Kompass.Ingest.Corpus.Rendering.HeldOut;

/// <summary>The area chapter and the question chapter of <see cref="HeldOutLayout"/>.</summary>
internal sealed partial class HeldOutLayout
{
    private static string AreaHeading(PrintedArea area) => $"Område {HeldOutText.Number(area.Number)} – {area.SectionName}";

    // Areas run on, one after another; the score comes right under the heading, before "Rubriker".
    private void Areas()
    {
        Chapter("areas", newPage: true);
        for (var i = 0; i < _report.Areas.Count; i++)
        {
            var area = _report.Areas[i];
            _pass.Anchor($"area{area.Number}", TextBlocks.Heading(_flow, AreaHeading(area), HeldOutStyle.Section, HeldOutStyle.Accent, i == 0 ? 4 : 20, 4, 110));
            if (area.SectionScore is { } score)
            {
                var text = _style.ScoreAsResult ? $"Resultat: {HeldOutText.Score(score)} poäng" : $"Poäng: {HeldOutText.Score(score)}";
                _flow.Line(text, HeldOutStyle.Label);
                _pass.SectionScore(area.Number, _flow.Page);
                _flow.Space(4);
            }

            if (area.Subheadings.Count > 0)
            {
                Label("Rubriker");
                foreach (var subheading in area.Subheadings)
                {
                    _flow.Paragraph(subheading, HeldOutStyle.Subheading, spaceAfter: 0.5, indent: 12);
                }
            }

            if (area.General.Count > 0)
            {
                Label("Allmänt");
                foreach (var paragraph in area.General)
                {
                    TextBlocks.Justified(_flow, paragraph, HeldOutStyle.Body);
                }
            }

            Findings("Styrkor:", area.Strengths);
            Findings("Förbättringsområden:", area.Improvements);
        }
    }

    private void Questions()
    {
        var areas = _report.Areas.Where(a => a.Questions.Count > 0).ToList();
        if (areas.Count == 0)
        {
            return;
        }

        Chapter("questions", newPage: true);
        TextBlocks.Justified(_flow, HeldOutBoilerplate.Questions, HeldOutStyle.Body, spaceAfter: 10);
        foreach (var area in areas)
        {
            new QuestionGrid(_flow, area).Write(_pass);
        }
    }

    private void Label(string text) => _flow.Heading(text, HeldOutStyle.Label, spaceBefore: 6, spaceAfter: 2, keepWithNext: 24);

    private void Findings(string label, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        Label(label);
        var hang = _style.Marker == "a)" ? 16 : 12;
        for (var i = 0; i < items.Count; i++)
        {
            _flow.Bullet(items[i], HeldOutStyle.Body, _style.MarkerFor(i), indent: 6, hang: hang, spaceAfter: 2.5);
        }
    }
}
