using System.Globalization;
using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>Chapter 2 of <see cref="Analysis2014Renderer"/>: the evaluation, Tabell 1 and the two charts.</summary>
internal sealed partial class Analysis2014Layout
{
    private void SummaryChapter()
    {
        _flow.NewPage();
        _pass.Anchor("summary", _flow.Heading($"2 {Name}: En sammanfattande genomgång", Chapter, Blue, spaceBefore: 0, spaceAfter: 8));
        _pass.Anchor("evaluation", _flow.Heading("Utvärderingen", Sub, Blue, spaceBefore: 4));
        _flow.Paragraph(ReportProse.EvaluationSentence(_report) + " " + ReportProse.InterviewSentence(_report), Body);
        if (!SummaryTableWriter.HasSummary(_report))
        {
            return;
        }

        _pass.Anchor("results", _flow.Heading("Sammanfattning av resultat", Sub, Blue));
        var means = SummaryTableWriter.HasMeans(_report);
        var meanHeader = _pass.Random.NextDouble() < 0.6 ? "Medelvärde" : "Nationellt medelvärde";
        var year = _report.Year.ToString(CultureInfo.InvariantCulture);
        var caption = _report.PreviousEvaluations.Count > 0
            ? $"Tabell 1 {Name} {year} i förhållande till Kommunkompassens huvudområden och tidigare utvärderingar"
            : $"Tabell 1 {Name} {year} i förhållande till Kommunkompassens huvudområden";
        caption += means ? " och i jämförelse med ett nationellt medelvärde beräknat från 2010 och framåt." : ".";
        _flow.Paragraph(caption, Body with { Italic = true }, spaceAfter: 4);
        SummaryTableWriter.Write(_flow, _pass, _report, new SummaryTableOptions
        {
            Style = new TableStyle { Body = Body, Header = Label, Ruling = TableRuling.None, PaddingY = 2 },
            MeanHeader = meanHeader,
            NumberWidth = 66,
        });

        var bars = _report.Areas.Select(a => new ChartBar(a.Number.ToString(CultureInfo.InvariantCulture), AreaLabels.ChartValue(a))).ToList();
        ColumnChart.Draw(_flow, ReportProse.ChartCaption(_report), bars, Small, Blue, labels: _pass.Random.NextDouble() < 0.3);
        SpiderPage(meanHeader);
    }

    private void SpiderPage(string meanHeader)
    {
        if (_report.Areas.Count < 3)
        {
            return;
        }

        _flow.NewPage();
        var name = SwedishFormat.Genitive(_report.Municipality.ShortName);
        var year = _report.Year.ToString(CultureInfo.InvariantCulture);
        var compared = SummaryTableWriter.HasMeans(_report) ? " i jämförelse med ett nationellt medelvärde beräknat från 2010 och framåt" : string.Empty;
        _flow.Paragraph($"I nedanstående spindeldiagram illustreras {name} resultatprofil {year}{compared}.", Body);
        var labels = _report.Areas.Select(a => AreaLabels.ChartLabel(a, _report.Revision, _pass.Random)).ToList();
        var series = new List<ChartSeries> { new(ReportProse.OwnColumn(_report, _report.Year), _report.Areas.Select(AreaLabels.ChartValue).ToList(), Blue) };
        if (_report.Areas.All(a => a.NationalMean is not null))
        {
            series.Add(new ChartSeries(meanHeader, _report.Areas.Select(a => a.NationalMean!.Value).ToList(), RgbColour.Grey(120), Dashed: true));
        }

        _flow.Space(10);
        SpiderChart.Draw(_flow, labels, series, Small, radius: 125);
        _flow.Heading("Jämförelser", Sub, Blue);
        _flow.Paragraph(Boilerplate.Comparisons(_organisation, _organisation.EndsWith("Regioner", StringComparison.Ordinal) ? "www.skr.se" : "www.skl.se"), Body);
    }
}
