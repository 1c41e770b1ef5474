using System.Globalization;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Tests.Support;
using Kompass.Ingest.Corpus.Truth;
using static Kompass.Ingest.Corpus.Tests.Support.Reports;

namespace Kompass.Ingest.Corpus.Tests.Truth;

public sealed class TruthDocumentBuilderTests
{
    [Fact]
    public void Build_PrintedReport_FillsEveryContractFieldFromThePrintedValues()
    {
        var area = Area(1, summary: 71, section: 70, tableTotal: 71, SeedArea1) with { SectionName = "Offentlighet och  demokrati", NationalMean = 55 };
        var report = Analysis(area) with
        {
            Title = "KommunKompassen  VALLENTUNA KOMMUN\nFEBRUARI 2017",
            Month = 2,
            ReportDate = new DateOnly(2017, 6, 25),
            Evaluators = [new PrintedEvaluator("Leif Eldås", "SKL"), new PrintedEvaluator("Josephine Härdin", "konsult")],
            Round = 1,
            Total = 555,
            NationalMeanTotal = 476,
        };
        var rendered = new RenderedReport([1], 16, new Dictionary<int, int> { [1] = 4 }, SeedArea1.ToDictionary(q => q.Id, _ => 14));

        var sut = TruthDocumentBuilder.Build(report, rendered, [], TestContext.Directory);

        Assert.Equal("KommunKompassen VALLENTUNA KOMMUN FEBRUARI 2017", sut.Title);
        Assert.Equal(("Vallentuna", "0115", "kommun"), (sut.Municipality!.Name, sut.Municipality.Code, sut.Municipality.Kind));
        Assert.Equal((2017, 2, "2017-06-25", 1), (sut.Year!.Value, sut.Month!.Value, sut.ReportDate, sut.EvaluationRound!.Value));
        Assert.Equal(["Leif Eldås", "Josephine Härdin"], sut.Evaluators);
        var printed = Assert.Single(sut.Areas);
        Assert.Equal(("Offentlighet och demokrati", 71m, 55m, 4), (printed.Name, printed.Score!.Value, printed.NationalMean!.Value, printed.Page!.Value));
        Assert.Equal(("1.1", 10m, 15m, 65m, 14), (printed.Questions[0].Id, printed.Questions[0].Score!.Value, printed.Questions[0].Max!.Value, printed.Questions[0].Percent!.Value, printed.Questions[0].Page!.Value));
    }

    [Fact]
    public void Build_AreaWithoutSummary_TakesTheSectionScore()
    {
        var report = Analysis(Area(3, section: 74));

        var sut = TruthDocumentBuilder.Build(report, new RenderedReport([1], 1, new Dictionary<int, int>(), new Dictionary<string, int>()), [], TestContext.Directory);

        Assert.Equal(74m, sut.Areas[0].Score);
        Assert.Null(sut.Areas[0].Page);
    }

    [Theory]
    [InlineData("71.00", "71")]
    [InlineData("12.50", "12.5")]
    public void Normalise_TrailingZeros_AreDropped(string value, string expected)
    {
        var sut = TruthDocumentBuilder.Normalise(decimal.Parse(value, CultureInfo.InvariantCulture));

        Assert.Equal(expected, sut!.Value.ToString(CultureInfo.InvariantCulture));
    }
}
