using Kompass.Ingest.Corpus.Tests.Support;
using Kompass.Ingest.Corpus.Truth.Rules;
using Kompass.Ingest.Domain.Reports;
using static Kompass.Ingest.Corpus.Tests.Support.Reports;

namespace Kompass.Ingest.Corpus.Tests.Truth;

public sealed class MissingQuestionRuleTests
{
    private readonly MissingQuestionRule _sut = new();

    [Fact]
    public void Check_TableWithEveryQuestion_IsComplete()
    {
        Assert.Empty(_sut.Check(Analysis(Area(1, rows: SeedArea1)), TestContext.Rules2016));
    }

    [Fact]
    public void Check_TableLackingAQuestionOfTheSet_FlagsThatQuestion()
    {
        var rows = SeedArea1.Where(r => r.Id != "1.3").ToArray();

        var flag = Assert.Single(_sut.Check(Analysis(Area(1, rows: rows)), TestContext.Rules2016));

        Assert.Equal((FlagCodes.MissingQuestion, 1, "1.3"), (flag.Code, flag.Area, flag.Question));
    }

    [Fact]
    public void Check_AreaWithoutTable_IsLeftToMissingArea()
    {
        Assert.Empty(_sut.Check(Analysis(Area(2, summary: 60)), TestContext.Rules2016));
    }
}
