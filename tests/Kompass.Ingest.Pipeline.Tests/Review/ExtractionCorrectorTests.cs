using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Domain.Review;
using Kompass.Ingest.Pipeline.Review;

namespace Kompass.Ingest.Pipeline.Tests.Review;

public sealed class ExtractionCorrectorTests
{
    private static readonly ReportExtraction Report = new()
    {
        Type = DocumentType.KommunKompassenAnalysis,
        Year = Sourced.Of(2016, At(1)),
        TitleYear = Sourced.Of(2016, At(1)),
        TextYear = Sourced.Of(2015, At(3)),
        Areas =
        [
            new AreaExtraction
            {
                Number = 2,
                SummaryScore = Sourced.Of(76m, At(4)),
                SectionScore = Sourced.Of(81m, At(9)),
                Strengths = [Sourced.Of("Tydliga mål", At(9))],
                Questions = [new QuestionRow(Sourced.Of("2.1", At(10)), Sourced.Of("Finns mål?", At(10)), Sourced.Of(3m, At(10)), Sourced.Of(4m, At(10)), null)],
            },
        ],
    };

    [Fact]
    public void Apply_AreaScore_SetsEveryPrintedPlaceAndKeepsTheirPages()
    {
        var area = ExtractionCorrector.Apply(Report, [C("areas[2].score", "81")]).Areas[0];

        Assert.Equal((81m, 81m, null), (area.SummaryScore!.Value, area.SectionScore!.Value, area.TableTotal));
        Assert.Equal((4, "correction"), (area.SummaryScore.Source.Page, area.SummaryScore.Source.Extractor));
    }

    [Fact]
    public void Apply_Year_SetsTheTitlesAndTheTextsYear()
    {
        var corrected = ExtractionCorrector.Apply(Report, [C("year", "2016")]);

        Assert.Equal((2016, 2016, 2016), (corrected.Year!.Value, corrected.TitleYear!.Value, corrected.TextYear!.Value));
    }

    [Fact]
    public void Apply_QuestionScoreWithADecimalComma_AndAListItem()
    {
        var corrected = ExtractionCorrector.Apply(Report, [C("areas[2].questions[2.1].score", "2,5"), C("areas[2].strengths[2]", "Öppen dialog")]);

        Assert.Equal(2.5m, corrected.Areas[0].Questions[0].Score!.Value);
        Assert.Equal(["Tydliga mål", "Öppen dialog"], corrected.Areas[0].Strengths.Select(s => s.Value));
    }

    [Theory]
    [InlineData("areas[7].score", "50")]
    [InlineData("areas[2].questions[2.9].score", "1")]
    [InlineData("areas[2].score", "many")]
    [InlineData("areas[2].strengths[5]", "x")]
    [InlineData("nonsense", "x")]
    public void Apply_ACorrectionThatDoesNotFit_LeavesTheExtractionAsItWas(string field, string value)
        => Assert.Same(Report, ExtractionCorrector.Apply(Report, [C(field, value)]));

    private static Provenance At(int page) => new(page, null, "x", "test");

    private static Correction C(string field, string value) => new()
    {
        Sha256 = "ab",
        Field = field,
        NewValue = value,
        Reviewer = "Eva",
        At = DateTimeOffset.UnixEpoch,
        Reason = "r",
    };
}
