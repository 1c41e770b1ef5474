using Kompass.Ingest.Corpus.Tests.Support;
using Kompass.Ingest.Corpus.Truth.Rules;
using Kompass.Ingest.Domain.Reports;
using static Kompass.Ingest.Corpus.Tests.Support.Reports;

namespace Kompass.Ingest.Corpus.Tests.Truth;

public sealed class AreaMaxMismatchRuleTests
{
    private readonly AreaMaxMismatchRule _sut = new();

    [Fact]
    public void Check_EveryRowListedAndMaximaAddingToHundred_IsConsistent()
    {
        Assert.Empty(_sut.Check(Analysis(Area(1, rows: SeedArea1)), TestContext.Rules2016));
    }

    [Fact]
    public void Check_EveryRowListedAndMaximaAddingToHundredFive_Flags()
    {
        var rows = SeedArea1.Select(r => r.Id == "1.5" ? r with { Max = 15 } : r).ToArray();

        var flag = Assert.Single(_sut.Check(Analysis(Area(1, rows: rows)), TestContext.Rules2016));

        Assert.Equal((FlagCodes.AreaMaxMismatch, 1), (flag.Code, flag.Area));
    }

    [Fact]
    public void Check_TableLackingARow_IsNotChecked()
    {
        var rows = SeedArea1.Where(r => r.Id != "1.3").ToArray();

        Assert.Empty(_sut.Check(Analysis(Area(1, rows: rows)), TestContext.Rules2016));
    }
}
