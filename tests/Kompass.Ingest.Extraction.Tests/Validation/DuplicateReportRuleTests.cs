using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Validation;
using static Kompass.Ingest.Extraction.Tests.Validation.ValidationDocs;

namespace Kompass.Ingest.Extraction.Tests.Validation;

public sealed class DuplicateReportRuleTests
{
    [Fact]
    public void Find_TwoReportsOfOneMunicipalityAndYearWithTheSameScores_RaisesInfoOnBoth()
    {
        var report = CleanAnalysis();

        var flags = DuplicateReportRule.Find([("a", "2017/kungalv.pdf", report), ("b", "kopior/kungalv.pdf", report)]);

        Assert.Equal(["a", "b"], flags.Keys.Order());
        Assert.All(flags.Values, f => Assert.Equal((FlagCodes.DuplicateReport, FlagSeverity.Info), (Assert.Single(f).Code, f[0].Severity)));
        Assert.Contains("kopior/kungalv.pdf", flags["a"][0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_ScoresThatDiffer_RaisesAWarningNamingTheFirstDifference()
    {
        var report = CleanAnalysis();
        var other = report with { Areas = [.. report.Areas.Select(a => a.Number == 3 ? a with { SummaryScore = N(64, 4) } : a)] };

        var flags = DuplicateReportRule.Find([("a", "a.pdf", report), ("b", "b.pdf", other)]);

        var flag = Assert.Single(flags["a"]);
        Assert.Equal(FlagSeverity.Warning, flag.Severity);
        Assert.Contains("area 3 scores 60 here and 64 there", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_ThreeCopies_RaisesOneFlagOnEachNamingTheCopyThatDiffersAndCountingTheRest()
    {
        var report = CleanAnalysis();
        var other = report with { Areas = [.. report.Areas.Select(a => a.Number == 3 ? a with { SummaryScore = N(64, 4) } : a)] };

        var flags = DuplicateReportRule.Find([("a", "a.pdf", report), ("b", "b.pdf", report), ("c", "c.pdf", other)]);

        Assert.All(flags.Values, f => Assert.Single(f));
        Assert.Equal(FlagSeverity.Warning, flags["a"][0].Severity);
        Assert.EndsWith("also reported in c.pdf and 1 other document; in c.pdf area 3 scores 60 here and 64 there", flags["a"][0].Message, StringComparison.Ordinal);
        Assert.EndsWith("also reported in a.pdf and 1 other document; in a.pdf area 3 scores 64 here and 60 there", flags["c"][0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("year")]
    [InlineData("type")]
    [InlineData("municipality")]
    public void Find_ReportsThatDifferInYearTypeOrMunicipality_AreNotDuplicates(string difference)
    {
        var report = CleanAnalysis();
        var other = difference switch
        {
            "year" => report with { Year = Domain.Provenance.Sourced.Of(2013, At(1)) },
            "type" => report with { Type = DocumentType.KommunKompassenFeedback },
            _ => report with { Municipality = Municipalities.Kommuner.Single(k => k.Name == "Ale") },
        };

        Assert.Empty(DuplicateReportRule.Find([("a", "a.pdf", report), ("b", "b.pdf", other)]));
    }
}
