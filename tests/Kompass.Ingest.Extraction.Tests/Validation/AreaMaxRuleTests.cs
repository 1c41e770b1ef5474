using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Validation;
using static Kompass.Ingest.Extraction.Tests.Validation.ValidationDocs;

namespace Kompass.Ingest.Extraction.Tests.Validation;

public sealed class AreaMaxRuleTests
{
    private readonly AreaMaxRule _sut = new(ValidationOptions.Default, Catalogs);

    [Fact]
    public void Check_EveryRowAndMaximaAddTo100_RaisesNothing()
    {
        Assert.Empty(_sut.Check(CleanAnalysis()));
    }

    [Fact]
    public void Check_EveryRowButMaximaAddTo105_Raises()
    {
        // 1.1 has max 15 in the 2016 set; printed as 20.
        var clean = CleanAnalysis();
        var area1 = clean.Areas[0];
        var changed = area1 with { Questions = [Row(area1.Questions[0].Id.Value, 9, 20, null, page: 21), .. area1.Questions.Skip(1)] };
        var doc = clean with { Areas = [changed, .. clean.Areas.Skip(1)] };

        var flag = Assert.Single(_sut.Check(doc));

        Assert.Equal((FlagCodes.AreaMaxMismatch, FlagSeverity.Warning, 1), (flag.Code, flag.Severity, flag.Area));
        Assert.Equal("area 1: the rows' maxima add up to 105 (p. 21), an area's maximum is 100", flag.Message);
    }

    [Fact]
    public void Check_TableLacksARow_RaisesNothing()
    {
        var clean = CleanAnalysis();
        var doc = clean with { Areas = [clean.Areas[0] with { Questions = clean.Areas[0].Questions.Skip(1).ToList() }, .. clean.Areas.Skip(1)] };

        Assert.Empty(_sut.Check(doc));
    }

    [Fact]
    public void Check_UnknownQuestionSetWithContiguousIds_ChecksTheSum()
    {
        var doc = Analysis(Area(2, rows: [Row("2.1", 5, 30, null), Row("2.2", 5, 30, null), Row("2.3", 5, 30, null)])) with { QuestionSet = null };

        Assert.Single(_sut.Check(doc));
    }
}
