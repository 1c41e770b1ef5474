using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Validation;
using static Kompass.Ingest.Extraction.Tests.Validation.ValidationDocs;

namespace Kompass.Ingest.Extraction.Tests.Validation;

public sealed class MissingQuestionRuleTests
{
    private readonly MissingQuestionRule _sut = new(Catalogs);

    [Fact]
    public void Check_EveryQuestionOfTheSet_RaisesNothing()
    {
        Assert.Empty(_sut.Check(CleanAnalysis()));
    }

    [Fact]
    public void Check_TableLacksAQuestion_RaisesOnThatQuestion()
    {
        var clean = CleanAnalysis();
        var area8 = clean.Areas[7] with { Questions = clean.Areas[7].Questions.Where(q => q.Id.Value != "8.5").ToList() };
        var doc = clean with { Areas = [.. clean.Areas.Take(7), area8] };

        var flag = Assert.Single(_sut.Check(doc));

        Assert.Equal((FlagCodes.MissingQuestion, FlagSeverity.Warning, 8, "8.5"), (flag.Code, flag.Severity, flag.Area, flag.Question));
        Assert.Equal("area 8, question 8.5: the 2010 framework's 2016 question set has it (max 10), the table lists 8.1, 8.2, 8.3, 8.4, 8.6, 8.7 (p. 28)", flag.Message);
    }

    [Fact]
    public void Check_IdsPrintedWithATrailingDot_MatchTheCatalog()
    {
        var clean = CleanAnalysis();
        var area1 = clean.Areas[0] with { Questions = clean.Areas[0].Questions.Select(q => q with { Id = q.Id with { Value = q.Id.Value + "." } }).ToList() };

        Assert.Empty(_sut.Check(clean with { Areas = [area1, .. clean.Areas.Skip(1)] }));
    }

    [Fact]
    public void Check_UnknownQuestionSet_RaisesNothing()
    {
        Assert.Empty(_sut.Check(Analysis(Area(1, rows: Row("1.1", 5, 15, null))) with { QuestionSet = null }));
    }

    [Fact]
    public void Check_AreaWithoutTable_IsLeftToMissingArea()
    {
        var clean = CleanAnalysis();

        Assert.Empty(_sut.Check(clean with { Areas = [clean.Areas[0] with { Questions = [] }, .. clean.Areas.Skip(1)] }));
    }
}
