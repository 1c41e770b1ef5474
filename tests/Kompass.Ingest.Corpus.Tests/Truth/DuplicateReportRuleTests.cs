using Kompass.Ingest.Corpus.Truth.Rules;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Corpus.Tests.Truth;

public sealed class DuplicateReportRuleTests
{
    private readonly DuplicateReportRule _sut = new();

    [Fact]
    public void Check_TwoCopiesWithTheSameScores_AreInfoOnBoth()
    {
        var flags = _sut.Check([Document("a.pdf", 71), Document("b.pdf", 71)]);

        Assert.Equal([0, 1], flags.Keys.Order());
        Assert.All(flags.Values, f => Assert.Equal((FlagCodes.DuplicateReport, FlagSeverity.Info), (f.Code, f.Severity)));
    }

    [Fact]
    public void Check_TwoVersionsDifferingInARow_AreWarningsOnBoth()
    {
        var flags = _sut.Check([Document("a.pdf", 71), Document("b.pdf", 71, rowScore: 12), Document("c.pdf", 64, year: 2016)]);

        Assert.Equal([0, 1], flags.Keys.Order());
        Assert.All(flags.Values, f => Assert.Equal(FlagSeverity.Warning, f.Severity));
    }

    [Fact]
    public void Check_SameMunicipalityAndYearButAnotherType_IsNoDuplicate()
    {
        var flags = _sut.Check([Document("a.pdf", 71), Document("b.pdf", 71) with { DocumentType = "kommunkompassen-feedback" }]);

        Assert.Empty(flags);
    }

    [Fact]
    public void Check_TwoRelatedDocumentsOfOneMunicipalityAndYear_AreNoDuplicates()
    {
        var flags = _sut.Check([Document("a.pdf", 71) with { DocumentType = "related-document" }, Document("b.pdf", 71) with { DocumentType = "related-document" }]);

        Assert.Empty(flags);
    }

    [Fact]
    public void Difference_Total_IsNamed()
    {
        Assert.Equal("total 555 vs 556", DuplicateReportRule.Difference(Document("a", 71) with { Total = 555 }, Document("b", 71) with { Total = 556 }));
    }

    private static TruthDocument Document(string path, decimal areaScore, int year = 2017, decimal rowScore = 10) => new()
    {
        Sha256 = path,
        Path = path,
        Family = "test",
        DocumentType = "kommunkompassen-analysis",
        Municipality = new ExportMunicipality("Vallentuna", "0115", "kommun"),
        Year = year,
        Total = areaScore,
        Areas = [new ExportArea { Number = 1, Score = areaScore, Questions = [new ExportQuestion { Id = "1.1", Text = "?", Score = rowScore, Max = 15 }] }],
    };
}
