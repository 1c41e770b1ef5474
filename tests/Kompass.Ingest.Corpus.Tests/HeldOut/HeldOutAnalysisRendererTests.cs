using System.Globalization;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Rendering.HeldOut;

namespace Kompass.Ingest.Corpus.Tests.HeldOut;

public sealed class HeldOutAnalysisRendererTests
{
    // Seeds chosen to reach every per-report choice (marker, score wording, header date) at least once.
    private static readonly int[] SeedValues = [1, 2, 3, 4, 5, 6, 7, 8];

    public static TheoryData<int> Seeds => new(SeedValues);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Render_FullReport_EveryPrintedTextIsInTheTextLayer(int seed)
    {
        var report = new HeldOutReportBuilder().Build();
        var sut = new HeldOutAnalysisRenderer();

        var rendered = sut.Render(report, new Random(seed));

        var pages = PdfText.Pages(rendered.Bytes);
        var text = PdfText.Collapse(PdfText.Body(pages));
        var expected = report.Areas.SelectMany(a => a.Strengths.Concat(a.Improvements).Concat(a.Subheadings).Append(Heading(a)))
            .Concat(report.Areas.SelectMany(a => a.Questions).Select(q => $"{q.Id} {q.Text}"))
            .Select(PdfText.Collapse);
        Assert.All(expected, item => Assert.Contains(item, text, StringComparison.Ordinal));
        WriteSampleWhenAsked(rendered, seed);
    }

    [Fact]
    public void Render_SeedsOneToEight_UseEveryMarkerAndScoreWording()
    {
        var report = new HeldOutReportBuilder().Build();
        var sut = new HeldOutAnalysisRenderer();
        var strength = report.Areas[0].Strengths[0];

        var texts = SeedValues.Select(s => PdfText.Collapse(string.Join(' ', PdfText.Pages(sut.Render(report, new Random(s)).Bytes)))).ToList();

        string[] markers = ["▪", "›", "*", "a)"];
        Assert.All(markers, m => Assert.Contains(texts, t => t.Contains($"{m} {strength}", StringComparison.Ordinal)));
        Assert.Contains(texts, t => t.Contains("Poäng: 71", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Resultat: 71 poäng", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("4 december 2017", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_FullReport_TitleIsTheFirstTextOfTheCover()
    {
        var report = new HeldOutReportBuilder().Build();
        var sut = new HeldOutAnalysisRenderer();

        var rendered = sut.Render(report, new Random(11));

        var cover = PdfText.Collapse(PdfText.Pages(rendered.Bytes)[0]);
        Assert.StartsWith(report.Title, cover, StringComparison.Ordinal);
        Assert.Contains("Lars Strid", cover, StringComparison.Ordinal);
        Assert.Contains("2017-12-04", cover, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FullReport_PageMapPointsAtPagesThatPrintTheValues()
    {
        var report = new HeldOutReportBuilder().Build();
        var sut = new HeldOutAnalysisRenderer();

        var rendered = sut.Render(report, new Random(12));

        var pages = PdfText.Pages(rendered.Bytes);
        Assert.Equal(pages.Count, rendered.PageCount);
        Assert.Equal(report.Areas.Select(a => a.Number), rendered.AreaScorePages.Keys.Order());
        foreach (var area in report.Areas)
        {
            var page = PdfText.Collapse(pages[rendered.AreaScorePages[area.Number] - 1]);
            Assert.Contains("Riksgenomsnitt", page, StringComparison.Ordinal);
            Assert.Contains($"{area.Number} {area.SummaryName} {Score(area.SummaryScore!.Value)} {Score(area.NationalMean!.Value)}", page, StringComparison.Ordinal);
        }

        var questions = report.Areas.SelectMany(a => a.Questions).ToList();
        Assert.Equal(questions.Select(q => q.Id).Order(), rendered.QuestionPages.Keys.Order());
        foreach (var question in questions)
        {
            var page = PdfText.Collapse(pages[rendered.QuestionPages[question.Id] - 1]);
            Assert.Contains($"{question.Id} {PdfText.Collapse(question.Text)} {Score(question.Score)} {Score(question.Max)} {question.Percent}", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_WithoutSummary_AreaScorePagesAreTheSectionPages()
    {
        var report = new HeldOutReportBuilder().WithoutSummary().Build();
        var sut = new HeldOutAnalysisRenderer();

        var rendered = sut.Render(report, new Random(13));

        var pages = PdfText.Pages(rendered.Bytes);
        Assert.DoesNotContain("Riksgenomsnitt", string.Join(' ', pages), StringComparison.Ordinal);
        foreach (var area in report.Areas)
        {
            var page = PdfText.Collapse(pages[rendered.AreaScorePages[area.Number] - 1]);
            var score = Score(area.SectionScore!.Value);
            Assert.True(
                page.Contains($"Poäng: {score}", StringComparison.Ordinal) || page.Contains($"Resultat: {score} poäng", StringComparison.Ordinal),
                $"area {area.Number}: no section score {score} on page {rendered.AreaScorePages[area.Number]}");
        }
    }

    [Fact]
    public void Render_PreviousEvaluationAndHalfPoints_PrintsEveryColumnAndFraction()
    {
        var report = new HeldOutReportBuilder().WithPrevious(2014).WithHalfPoints().Build();
        var sut = new HeldOutAnalysisRenderer();

        var rendered = sut.Render(report, new Random(14));

        var pages = PdfText.Pages(rendered.Bytes);
        var summary = PdfText.Collapse(pages[rendered.AreaScorePages[2] - 1]);
        Assert.Contains($"2 {report.Areas[1].SummaryName} 52,5 {Score(report.Areas[1].SummaryScore!.Value)} {Score(report.Areas[1].NationalMean!.Value)}", summary, StringComparison.Ordinal);
        Assert.Contains($"Summa 432,5 {Score(report.Total!.Value)} {Score(report.NationalMeanTotal!.Value)}", summary, StringComparison.Ordinal);
        var half = report.Areas.SelectMany(a => a.Questions).First(q => q.Score != decimal.Truncate(q.Score));
        Assert.Contains($"{half.Id} ", PdfText.Collapse(pages[rendered.QuestionPages[half.Id] - 1]), StringComparison.Ordinal);
        Assert.Contains($" {Score(half.Score)} {Score(half.Max)} {half.Percent}", PdfText.Collapse(pages[rendered.QuestionPages[half.Id] - 1]), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SameSeed_SameBytes()
    {
        var report = new HeldOutReportBuilder().Build();
        var sut = new HeldOutAnalysisRenderer();

        var first = sut.Render(report, new Random(15));
        var second = sut.Render(report, new Random(15));

        Assert.Equal(first.Bytes, second.Bytes);
    }

    private static string Heading(PrintedArea area) => $"Område {area.Number} – {area.SectionName}";

    private static string Score(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');

    // Set KOMPASS_HELDOUT_SAMPLE to a directory to keep the rendered files for a visual check.
    private static void WriteSampleWhenAsked(RenderedReport rendered, int seed)
    {
        if (Environment.GetEnvironmentVariable("KOMPASS_HELDOUT_SAMPLE") is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
            File.WriteAllBytes(Path.Combine(directory, $"sample-{seed}.pdf"), rendered.Bytes);
        }
    }
}
