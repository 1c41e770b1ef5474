using static Kompass.Ingest.Evaluation.Tests.Samples;

namespace Kompass.Ingest.Evaluation.Tests;

public sealed class EvaluationScorerTests
{
    [Fact]
    public void Score_PerfectMatch_EveryFigureIsOne()
    {
        var truth = Analysis();

        var sut = EvaluationScorer.Score([truth], [ExportOf(truth)]);

        var counts = sut.Overall.Counts;
        Assert.Equal(new Ratio(1, 1), counts.DocumentType);
        Assert.All(counts.Metadata, f => Assert.Equal(new Ratio(1, 1), f.Ratio));
        Assert.Equal(new Ratio(2, 2), counts.AreaScore);
        Assert.Equal(new Ratio(2, 2), counts.NationalMean);
        Assert.Equal(new MatchCounts(5, 5, 5), counts.QuestionRows);
        Assert.Equal(new Ratio(5, 5), counts.QuestionText);
        Assert.Equal(new Ratio(3, 3), counts.Subheadings);
        Assert.Equal(new MatchCounts(4, 4, 4), counts.Findings);
        Assert.Equal(new Ratio(1, 1), counts.ExpectedFlags);
        Assert.Equal(0, counts.FalseFlags);
        Assert.All(sut.Overall.SummaryTerms, t => Assert.Equal(1.0, t.Value));
        Assert.Equal(1.0, sut.Summary);
        Assert.Empty(sut.Documents.Single().Differences);
    }

    [Fact]
    public void Score_WrongAreaScore_HalvesAreaScoreAccuracy()
    {
        var truth = Analysis();
        var exported = WithArea(ExportOf(truth), 2, a => a with { Score = 16m });

        var sut = EvaluationScorer.Score([truth], [exported]);

        Assert.Equal(new Ratio(1, 2), sut.Overall.Counts.AreaScore);
        Assert.Contains("area 2 score: expected 60, got 16", sut.Documents.Single().Differences);
        // Nine terms are 1, the area score term is 0.5: (9 + 0.5) / 10.
        Assert.Equal(0.95, sut.Summary!.Value, 10);
    }

    [Fact]
    public void Score_MissingRow_KeepsPrecisionAndLowersRecall()
    {
        var truth = Analysis();
        var exported = WithArea(ExportOf(truth), 1, a => a with { Questions = a.Questions.Take(2).ToList() });

        var sut = EvaluationScorer.Score([truth], [exported]);

        var rows = sut.Overall.Counts.QuestionRows;
        Assert.Equal(new MatchCounts(4, 4, 5), rows);
        Assert.Equal(1.0, rows.Precision);
        Assert.Equal(0.8, rows.Recall!.Value, 10);
        Assert.Equal(8.0 / 9.0, rows.F1!.Value, 10);
        // The missing row's text is not judged: text accuracy counts only rows whose id was found.
        Assert.Equal(new Ratio(4, 4), sut.Overall.Counts.QuestionText);
    }

    [Fact]
    public void Score_RowWithOtherPercent_IsNotTheSameRow()
    {
        var truth = Analysis();
        var exported = WithArea(ExportOf(truth), 2, a => a with { Questions = [a.Questions[0] with { Percent = 61m }, a.Questions[1]] });

        var sut = EvaluationScorer.Score([truth], [exported]);

        Assert.Equal(new MatchCounts(4, 5, 5), sut.Overall.Counts.QuestionRows);
        Assert.Equal(new Ratio(5, 5), sut.Overall.Counts.QuestionText);
    }

    [Fact]
    public void Score_ReorderedStrengths_StillScoresFindingsF1One()
    {
        var truth = Analysis();
        var exported = WithArea(ExportOf(truth), 1, a => a with { Strengths = ["Öppna  möten", "Bra hemsida"] });

        var sut = EvaluationScorer.Score([truth], [exported]);

        Assert.Equal(1.0, sut.Overall.Counts.Strengths.F1);
        Assert.Equal(1.0, sut.Overall.Counts.Findings.F1);
    }

    [Fact]
    public void Score_StrengthExportedTwice_CountsTheCopyAsExtra()
    {
        var truth = Analysis();
        var exported = WithArea(ExportOf(truth), 1, a => a with { Strengths = ["Bra hemsida", "Bra hemsida", "Öppna möten"] });

        var sut = EvaluationScorer.Score([truth], [exported]);

        // Area 1 matches 2 of 3 exported and 2 of 2 expected; area 2 matches 1 of 1: 2·3 / (4 + 3).
        Assert.Equal(new MatchCounts(3, 4, 3), sut.Overall.Counts.Strengths);
        Assert.Equal(6.0 / 7.0, sut.Overall.Counts.Strengths.F1!.Value, 10);
    }

    [Fact]
    public void Score_UnexpectedWarningFlag_CountsOneFalseFlagButNotTheInfoFlag()
    {
        var truth = Analysis();
        var exported = ExportOf(truth) with
        {
            Flags = [Flag("percent-mismatch", "warning", 1, "1.2"), Flag("total-mismatch", "info"), Flag("missing-area", "warning", 3)],
        };

        var sut = EvaluationScorer.Score([truth], [exported]);

        Assert.Equal(1, sut.Overall.Counts.FalseFlags);
        Assert.Equal(new Ratio(1, 1), sut.Overall.Counts.ExpectedFlags);
        Assert.Equal("missing-area", Assert.Single(sut.Documents.Single().FalseFlags).Code);
        // One false flag on one document: the false-flag term is max(0, 1 - 1) = 0; the other nine are 1.
        Assert.Equal(0.9, sut.Summary!.Value, 10);
    }

    [Fact]
    public void Score_ExpectedFlagWithOtherQuestion_IsMissedAndFalse()
    {
        var truth = Analysis();
        var exported = ExportOf(truth) with { Flags = [Flag("percent-mismatch", "warning", 1, "1.3")] };

        var sut = EvaluationScorer.Score([truth], [exported]);

        Assert.Equal(new Ratio(0, 1), sut.Overall.Counts.ExpectedFlags);
        Assert.Equal(1, sut.Overall.Counts.FalseFlags);
    }

    [Fact]
    public void Score_FamilyWithoutQuestions_HasNoRowFigures()
    {
        var memo = Memo();

        var sut = EvaluationScorer.Score([memo], [ExportOf(memo)]);

        var counts = Assert.Single(sut.Families).Counts;
        Assert.Null(counts.QuestionRows.F1);
        Assert.Null(counts.AreaScore.Value);
        Assert.Null(counts.Findings.F1);
        Assert.Null(counts.ExpectedFlags.Value);
        // Type, metadata mean and the false-flag term remain, all 1.
        Assert.Equal(3, sut.Overall.SummaryTerms.Count(t => t.Value.HasValue));
        Assert.Equal(1.0, sut.Summary);
    }

    [Fact]
    public void Score_MissingDocument_CountsAsWrongEverywhereItsTruthHasItems()
    {
        var sut = EvaluationScorer.Score([Analysis()], []);

        var counts = sut.Overall.Counts;
        Assert.Equal(1, counts.Missing);
        Assert.Equal(new Ratio(0, 1), counts.DocumentType);
        Assert.All(counts.Metadata, f => Assert.Equal(new Ratio(0, 1), f.Ratio));
        Assert.Equal(new Ratio(0, 2), counts.AreaScore);
        Assert.Equal(new MatchCounts(0, 0, 5), counts.QuestionRows);
        Assert.Equal(new Ratio(0, 3), counts.Subheadings);
        Assert.Equal(new Ratio(0, 1), counts.ExpectedFlags);
        Assert.Null(counts.FalseFlagsPerDocument);
        Assert.Equal(0.0, sut.Summary);
    }

    [Fact]
    public void Score_TwoFamilies_PoolsCountsIntoOverall()
    {
        var analysis = Analysis();
        var memo = Memo();
        var wrongMemo = ExportOf(memo) with { Year = 2015 };

        var sut = EvaluationScorer.Score([analysis, memo], [ExportOf(analysis), wrongMemo]);

        Assert.Equal(["analysis-2017", "pm"], sut.Families.Select(f => f.Name));
        var year = sut.Overall.Counts.Metadata.Single(f => f.Field == "year").Ratio;
        Assert.Equal(new Ratio(1, 2), year);
        Assert.Equal(new Ratio(0, 1), sut.Families[1].Counts.Metadata.Single(f => f.Field == "year").Ratio);
    }

    [Fact]
    public void Score_ExportOnlyDocument_IsUnexpectedAndNotScored()
    {
        var truth = Analysis();

        var sut = EvaluationScorer.Score([truth], [ExportOf(truth), ExportOf(Memo())]);

        Assert.Equal(["pm/sundbyberg.pdf"], sut.UnexpectedDocuments);
        Assert.Equal(1, sut.Overall.Counts.Documents);
    }
}
