using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Rendering.HeldOut;

/// <summary>The introduction and the summary chapter ("Sammanställning") of <see cref="HeldOutLayout"/>.</summary>
internal sealed partial class HeldOutLayout
{
    private const string MeanHeader = "Riksgenomsnitt";

    private void Introduction()
    {
        Chapter("intro", newPage: true);
        TextBlocks.Heading(_flow, "Om Kommunkompassen", HeldOutStyle.Section, RgbColour.Black, 2, 4, 40);
        foreach (var paragraph in HeldOutBoilerplate.About(_organisation))
        {
            TextBlocks.Justified(_flow, paragraph, HeldOutStyle.Body);
        }

        for (var i = 0; i < _report.Areas.Count; i++)
        {
            _flow.Bullet(_report.Areas[i].SectionName, HeldOutStyle.Body, $"({HeldOutText.Number(_report.Areas[i].Number)})", indent: 10, hang: 20, spaceAfter: 0.5);
        }

        _flow.Space(5);
        TextBlocks.Justified(_flow, HeldOutBoilerplate.Scoring, HeldOutStyle.Body);
        TextBlocks.Heading(_flow, "Genomförande", HeldOutStyle.Section, RgbColour.Black, 8, 4, 40);
        TextBlocks.Justified(_flow, HeldOutText.Evaluation(_report) + " " + HeldOutText.Method(_report), HeldOutStyle.Body);
        if (_report.Evaluators.Count > 0)
        {
            TextBlocks.Justified(_flow, HeldOutText.EvaluatorSentence(_report.Evaluators), HeldOutStyle.Body);
        }
    }

    private void Summary()
    {
        var means = _report.Areas.Any(a => a.NationalMean is not null) || _report.NationalMeanTotal is not null;
        var year = HeldOutText.Number(_report.Year);
        var headers = new List<string> { "Nr", "Område" };
        headers.AddRange(_report.PreviousEvaluations.Select(p => HeldOutText.Number(p.Year)));
        headers.Add(year);
        if (means)
        {
            headers.Add(MeanHeader);
        }

        var rows = _report.Areas.Select(a => SummaryRow(a, means)).ToList();
        List<string>? sum = null;
        if (_report.Total is not null || _report.NationalMeanTotal is not null)
        {
            sum = [string.Empty, "Summa", .. _report.PreviousEvaluations.Select(p => HeldOutText.Score(p.Total)), HeldOutText.Score(_report.Total)];
            if (means)
            {
                sum.Add(HeldOutText.Score(_report.NationalMeanTotal));
            }
        }

        // The chapter heading, its lead-in and the caption stay on the table's page.
        _flow.Space(18);
        _flow.EnsureSpace(SummaryBox.Height(_flow, headers, rows, sum) + 100);
        Chapter("summary", newPage: false, spaceBefore: 0);
        var compared = means ? " jämfört med riksgenomsnittet" : string.Empty;
        TextBlocks.Justified(_flow, $"Tabell 1 visar {HeldOutText.Genitive(_report.Municipality.ShortName)} poäng inom vart och ett av områdena{compared}. Varje område kan ge högst 100 poäng.", HeldOutStyle.Body);
        _flow.Line($"Tabell 1. Poäng per område, {Name} {year}", HeldOutStyle.Label.WithSize(8.5));
        _flow.Space(3);
        var page = SummaryBox.Write(_flow, headers, rows, sum);
        foreach (var area in _report.Areas.Where(a => a.SummaryScore is not null))
        {
            _pass.SummaryScore(area.Number, page);
        }

        _flow.Space(12);
        if (_report.Total is { } total && _report.NationalMeanTotal is { } meanTotal)
        {
            TextBlocks.Justified(_flow, $"Sammanlagt fick {Name} {HeldOutText.Score(total)} poäng, att jämföra med riksgenomsnittet {HeldOutText.Score(meanTotal)} poäng.", HeldOutStyle.Body);
        }

        var bars = _report.Areas.Where(a => a.SummaryScore is not null).Select(a => new ScoreChart.Bar(a.Number, a.SummaryScore!.Value, a.NationalMean)).ToList();
        _flow.Space(6);
        ScoreChart.Draw(_flow, bars, $"{_report.Municipality.ShortName} {year}", means ? MeanHeader : null);
        _flow.Line("Diagram 1. Poäng per område", HeldOutStyle.Label.WithSize(8.5));
    }

    private IReadOnlyList<string> SummaryRow(PrintedArea area, bool means)
    {
        var cells = new List<string> { HeldOutText.Number(area.Number), area.SummaryName };
        cells.AddRange(_report.PreviousEvaluations.Select(p => p.AreaScores.Count >= area.Number ? HeldOutText.Score(p.AreaScores[area.Number - 1]) : string.Empty));
        cells.Add(HeldOutText.Score(area.SummaryScore));
        if (means)
        {
            cells.Add(HeldOutText.Score(area.NationalMean));
        }

        return cells;
    }
}
