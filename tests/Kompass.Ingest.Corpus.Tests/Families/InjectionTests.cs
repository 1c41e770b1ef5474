using Kompass.Ingest.Corpus.Content;
using Kompass.Ingest.Corpus.Families;
using Kompass.Ingest.Corpus.Tests.Support;
using Kompass.Ingest.Corpus.Truth.Injection;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Tests.Families;

public sealed class InjectionTests
{
    public static TheoryData<string, InjectionKind, string> Cases => new()
    {
        { "analysis-2016", InjectionKind.PercentMismatch, FlagCodes.PercentMismatch },
        { "analysis-2016", InjectionKind.ScoreAboveMax, FlagCodes.ScoreOutOfRange },
        { "analysis-2020", InjectionKind.PercentAbove100, FlagCodes.ScoreOutOfRange },
        { "analysis-caps", InjectionKind.AreaScoreAbove100, FlagCodes.ScoreOutOfRange },
        { "analysis-2016", InjectionKind.QuestionSumMismatch, FlagCodes.QuestionSumMismatch },
        { "analysis-2002", InjectionKind.QuestionSumMismatch, FlagCodes.QuestionSumMismatch },
        { "analysis-2014", InjectionKind.AreaMaxMismatch, FlagCodes.AreaMaxMismatch },
        { "analysis-2020", InjectionKind.SummarySectionMismatch, FlagCodes.SummarySectionMismatch },
        { "regionkompassen", InjectionKind.SummarySectionMismatch, FlagCodes.SummarySectionMismatch },
        { "analysis-2002", InjectionKind.TotalMismatchSmall, FlagCodes.TotalMismatch },
        { "analysis-2010", InjectionKind.TotalMismatchLarge, FlagCodes.TotalMismatch },
        { "analysis-2010", InjectionKind.MissingArea, FlagCodes.MissingArea },
        { "feedback", InjectionKind.MissingArea, FlagCodes.MissingArea },
        { "analysis-2014", InjectionKind.MissingQuestion, FlagCodes.MissingQuestion },
        { "analysis-2002", InjectionKind.UnknownMunicipality, FlagCodes.UnknownMunicipality },
        { "analysis-2014", InjectionKind.TitleYearMismatch, FlagCodes.DateMismatch },
        { "analysis-2020", InjectionKind.ReportDateBeforeVisit, FlagCodes.DateMismatch },
        { "analysis-caps", InjectionKind.FindingMisplaced, FlagCodes.FindingMisplaced },
        { "feedback", InjectionKind.FindingMisplaced, FlagCodes.FindingMisplaced },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generate_InjectedReport_ExpectsTheFlagItsInconsistencyEvidences(string family, InjectionKind kind, string code)
    {
        var sut = new ScoredReportFamily(Profile(family), [kind], new StubRenderer());

        for (var seed = 0; seed < 12; seed++)
        {
            var items = sut.Generate(TestContext.With(seed), 3).ToList();

            var injected = Assert.Single(items, i => i.Injected.Count > 0);
            var clean = items.Where(i => i.Injected.Count == 0);
            Assert.True(injected.Truth!.ExpectedFlags.Any(f => f.Code == code), $"seed {seed}: {injected.Injected[0]}");
            Assert.All(clean, i => Assert.Empty(i.Truth!.ExpectedFlags));
        }
    }

    [Fact]
    public void Generate_TotalOffByAtMostFour_IsOnlyTheInfoCase()
    {
        var sut = new ScoredReportFamily(ScoredProfiles.Analysis2002, [InjectionKind.TotalMismatchSmall], new StubRenderer());

        var report = sut.Generate(TestContext.With(4), 3).Single(i => i.Injected.Count > 0).Truth!;

        Assert.InRange(Math.Abs(report.Areas.Sum(a => a.Score ?? 0) - report.Total!.Value), 1, 4);
    }

    private static ReportProfile Profile(string family) => new[]
    {
        ScoredProfiles.Analysis2002, ScoredProfiles.Analysis2010, ScoredProfiles.Analysis2014, ScoredProfiles.Analysis2016,
        ScoredProfiles.AnalysisCaps, ScoredProfiles.Analysis2020, ScoredProfiles.Feedback, ScoredProfiles.Regionkompassen,
    }.Single(p => p.Family == family);
}
