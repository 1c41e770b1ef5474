using System.Security.Cryptography;
using Kompass.Ingest.Corpus.Families;
using Kompass.Ingest.Corpus.Generation;
using Kompass.Ingest.Corpus.Tests.Support;
using Kompass.Ingest.Corpus.Truth.Injection;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Tests.Families;

public sealed class ScoredReportFamilyTests
{
    [Fact]
    public void Generate_SameSeed_SameFilesAndTruths()
    {
        var sut = Family(ScoredProfiles.Analysis2016, ScoredProfiles.InjectionsFor(ScoredProfiles.Analysis2016));

        var first = sut.Generate(TestContext.With(42), 14).ToList();
        var second = sut.Generate(TestContext.With(42), 14).ToList();

        Assert.Equal(first.Select(i => (i.RelativePath, Convert.ToHexString(SHA256.HashData(i.Bytes)))), second.Select(i => (i.RelativePath, Convert.ToHexString(SHA256.HashData(i.Bytes)))));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(14)]
    public void Generate_Count_WritesExactlyThatManyDocumentsWithUniquePaths(int count)
    {
        var sut = Family(ScoredProfiles.Analysis2016, ScoredProfiles.InjectionsFor(ScoredProfiles.Analysis2016));

        var items = sut.Generate(TestContext.With(3), count).ToList();

        Assert.Equal(count, items.Count);
        Assert.Equal(count, items.Select(i => i.RelativePath).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(items, i => Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(i.Bytes)), i.Truth!.Sha256));
    }

    [Fact]
    public void Generate_AboutAThirdOfTheReports_CarryAnInconsistency()
    {
        var sut = Family(ScoredProfiles.Analysis2014, ScoredProfiles.InjectionsFor(ScoredProfiles.Analysis2014));

        var items = sut.Generate(TestContext.With(8), 30).ToList();

        Assert.Equal(10, items.Count(i => i.Injected.Count > 0));
    }

    [Fact]
    public void Generate_DifferingDuplicate_TwinsDifferInAScoreAndBothGetAWarning()
    {
        var sut = Family(ScoredProfiles.Analysis2016, [InjectionKind.DuplicateDiffering]);

        var items = sut.Generate(TestContext.With(5), 4).ToList();
        var truths = CorpusGenerator.WithDuplicates(items.Select(i => i.Truth!).ToList());

        var twins = truths.Where(t => t.ExpectedFlags.Any(f => f.Code == FlagCodes.DuplicateReport)).ToList();
        Assert.Equal(2, twins.Count);
        Assert.NotEqual(twins[0].Sha256, twins[1].Sha256);
        Assert.NotEqual(twins[0].Total, twins[1].Total);
        Assert.Equal((twins[0].Municipality, twins[0].Year), (twins[1].Municipality, twins[1].Year));
    }

    [Fact]
    public void Generate_AgreeingDuplicate_TwinsHaveTheSameScoresButOtherBytes()
    {
        var sut = Family(ScoredProfiles.Analysis2010, [InjectionKind.DuplicateAgreeing]);

        var twins = sut.Generate(TestContext.With(6), 4).Where(i => i.Injected.Count > 0).Select(i => i.Truth!).ToList();

        Assert.Equal(2, twins.Count);
        Assert.NotEqual(twins[0].Sha256, twins[1].Sha256);
        Assert.Null(Kompass.Ingest.Corpus.Truth.Rules.DuplicateReportRule.Difference(twins[0], twins[1]));
    }

    [Fact]
    public void Generate_Truth_ReportsThePrintedValues()
    {
        var sut = Family(ScoredProfiles.Analysis2016, []);

        var truth = sut.Generate(TestContext.With(12), 1).Single().Truth!;

        Assert.Equal(("analysis-2016", "kommunkompassen-analysis", "2010", "kommun"), (truth.Family, truth.DocumentType, truth.FrameworkVersion, truth.Municipality!.Kind));
        Assert.Equal(Enumerable.Range(1, 8), truth.Areas.Select(a => a.Number));
        Assert.Equal(truth.Total, truth.Areas.Sum(a => a.Score));
        Assert.All(truth.Areas, a => Assert.Equal(100m, a.Questions.Sum(q => q.Max)));
        Assert.InRange(truth.Year!.Value, 2016, 2018);
    }

    [Fact]
    public void Generate_Regionkompassen_NamesACountyRegion()
    {
        var sut = Family(ScoredProfiles.Regionkompassen, []);

        var truth = sut.Generate(TestContext.With(2), 1).Single().Truth!;

        Assert.Equal(("region", "regionkompassen"), (truth.Municipality!.Kind, truth.DocumentType));
        Assert.Matches("^[0-9]{2}$", truth.Municipality.Code!);
        Assert.All(truth.Areas, a => Assert.Empty(a.Questions));
    }

    private static ScoredReportFamily Family(Kompass.Ingest.Corpus.Content.ReportProfile profile, IReadOnlyList<InjectionKind> kinds)
        => new(profile, kinds, new StubRenderer());
}
