using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Tests.Support;
using Kompass.Ingest.Corpus.Truth.Rules;
using Kompass.Ingest.Domain.Reports;
using static Kompass.Ingest.Corpus.Tests.Support.Reports;

namespace Kompass.Ingest.Corpus.Tests.Truth;

public sealed class MissingAreaRuleTests
{
    private readonly MissingAreaRule _sut = new();

    [Fact]
    public void Check_AllEightEverywhere_IsComplete()
    {
        Assert.Empty(_sut.Check(Complete(), TestContext.Rules2016));
    }

    [Fact]
    public void Check_AreaLeftOutOfTheReport_Flags()
    {
        var report = Complete() with { Areas = Complete().Areas.Where(a => a.Number != 8).ToList() };

        Assert.Equal(8, Assert.Single(_sut.Check(report, TestContext.Rules2016)).Area);
    }

    [Fact]
    public void Check_AreaWithoutItsSummaryRow_Flags()
    {
        var report = Change(Complete(), 3, a => a with { SummaryScore = null });

        Assert.Equal(3, Assert.Single(_sut.Check(report, TestContext.Rules2016)).Area);
    }

    [Fact]
    public void Check_AnalysisAreaWithoutItsTable_Flags()
    {
        var report = Change(Complete(), 5, a => a with { Questions = [] });

        Assert.Equal(5, Assert.Single(_sut.Check(report, TestContext.Rules2016)).Area);
    }

    [Fact]
    public void Check_FeedbackWithoutTables_IsComplete()
    {
        var report = Complete() with { Type = DocumentType.KommunKompassenFeedback };
        report = Change(report, 5, a => a with { Questions = [] });

        Assert.Empty(_sut.Check(report, TestContext.Rules2016));
    }

    private static PrintedReport Complete()
        => Analysis(Enumerable.Range(1, 8).Select(n => Area(n, 60, 60, rows: Row($"{n}.1", 60, 100, 60))).ToArray());

    private static PrintedReport Change(PrintedReport report, int number, Func<PrintedArea, PrintedArea> change)
        => report with { Areas = report.Areas.Select(a => a.Number == number ? change(a) : a).ToList() };
}
