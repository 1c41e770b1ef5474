using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Validation;
using static Kompass.Ingest.Extraction.Tests.Validation.ValidationDocs;

namespace Kompass.Ingest.Extraction.Tests.Validation;

public sealed class MissingAreaRuleTests
{
    private readonly MissingAreaRule _sut = new(ValidationOptions.Default);

    [Fact]
    public void Check_EveryAreaEverywhere_RaisesNothing()
    {
        Assert.Empty(_sut.Check(CleanAnalysis()));
    }

    [Fact]
    public void Check_AreaAbsentFromEveryPart_RaisesOnceNamingEachPart()
    {
        var clean = CleanAnalysis();
        var doc = clean with { Areas = clean.Areas.Where(a => a.Number != 3).ToList() };

        var flag = Assert.Single(_sut.Check(doc));

        Assert.Equal((FlagCodes.MissingArea, FlagSeverity.Warning, 3), (flag.Code, flag.Severity, flag.Area));
        Assert.Equal(
            "area 3: not found in the summary table (p. 4), the sections (p. 11) or the question tables (p. 21), which hold 7 of the 8 areas",
            flag.Message);
    }

    [Fact]
    public void Check_AreaMissingOnlyInTheSummary_NamesTheSummary()
    {
        var clean = CleanAnalysis();
        var doc = clean with { Areas = [.. clean.Areas.Take(7), clean.Areas[7] with { SummaryScore = null }] };

        var flag = Assert.Single(_sut.Check(doc));

        Assert.Equal(8, flag.Area);
        Assert.Equal("area 8: not found in the summary table (p. 4), which holds 7 of the 8 areas", flag.Message);
    }

    [Fact]
    public void Check_FeedbackWithoutQuestionTables_RaisesNothing()
    {
        var clean = CleanAnalysis();
        var doc = clean with { Type = DocumentType.KommunKompassenFeedback, Areas = clean.Areas.Select(a => a with { Questions = [], TableTotal = null }).ToList() };

        Assert.Empty(_sut.Check(doc));
    }

    [Fact]
    public void Check_LayoutWithoutASummaryTable_RaisesNothing()
    {
        var clean = CleanAnalysis();

        Assert.Empty(_sut.Check(clean with { Areas = clean.Areas.Select(a => a with { SummaryScore = null }).ToList() }));
    }

    [Fact]
    public void Check_RelatedDocument_RaisesNothing()
    {
        Assert.Empty(_sut.Check(new ReportExtraction { Type = DocumentType.RelatedDocument }));
    }
}
