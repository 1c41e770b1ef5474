using Kompass.Ingest.Corpus.Content;
using Kompass.Ingest.Corpus.Families;
using Kompass.Ingest.Corpus.Tests.Support;
using Kompass.Ingest.Corpus.Truth;
using Kompass.Ingest.Corpus.Truth.Rules;

namespace Kompass.Ingest.Corpus.Tests.Content;

public sealed class ReportPrinterTests
{
    public static TheoryData<string> Profiles => new(AllProfiles.Select(p => p.Family));

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Print_CleanDraftsOfManySeeds_RaiseNoFlagAtAll(string family)
    {
        var profile = AllProfiles.Single(p => p.Family == family);
        var sut = new ExpectedFlagCalculator();

        for (var seed = 0; seed < 300; seed++)
        {
            var draft = Drafts.Draw(profile, seed);
            var report = draft.Print();

            var flags = sut.Calculate(report, new RuleContext(draft.QuestionSet, TestContext.Directory));

            Assert.True(flags.Count == 0, $"seed {seed}: {string.Join("; ", flags.Select(f => f.Message))}");
        }
    }

    [Fact]
    public void Print_HalfPointReport_PrintsHalvesAndAddsThemUpExactly()
    {
        var draft = Enumerable.Range(0, 50).Select(seed => Drafts.Draw(ScoredProfiles.Analysis2002, seed)).First(d => d.Facts.Prints.HalfPoints && d.Facts.Prints.Summary);

        var sut = draft.Print();

        Assert.All(sut.Areas, a => Assert.Equal(draft.Sheet.Area(a.Number).Sum, a.SummaryScore));
        Assert.Equal(sut.Areas.Sum(a => a.SummaryScore), sut.Total);
        Assert.Contains(sut.Areas.SelectMany(a => a.Questions), q => q.Score != Math.Floor(q.Score));
    }

    [Fact]
    public void Print_Percent_ComesFromTheUnroundedValue()
    {
        var draft = Drafts.Draw(ScoredProfiles.Analysis2016, 11, f => f with { Prints = f.Prints with { QuestionTables = true, Percent = true, HalfPoints = false } });

        var sut = draft.Print();

        var row = sut.Areas[0].Questions[0];
        var value = draft.Sheet.Area(1).Questions[0].Value;
        Assert.Equal((ScoreMath.RoundAway(value), ScoreMath.Percent(value, row.Max)), (row.Score, row.Percent!.Value));
    }

    private static IReadOnlyList<ReportProfile> AllProfiles =>
    [
        ScoredProfiles.Analysis2002, ScoredProfiles.Analysis2010, ScoredProfiles.Analysis2014, ScoredProfiles.Analysis2016,
        ScoredProfiles.AnalysisCaps, ScoredProfiles.Analysis2020, ScoredProfiles.Feedback, ScoredProfiles.Regionkompassen,
    ];
}
