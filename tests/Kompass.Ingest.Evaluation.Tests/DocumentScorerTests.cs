using Kompass.Ingest.Export.Contract;
using static Kompass.Ingest.Evaluation.Tests.Samples;

namespace Kompass.Ingest.Evaluation.Tests;

public sealed class DocumentScorerTests
{
    [Fact]
    public void Score_WhitespaceAndTrailingZerosDiffer_CountsFieldsEqual()
    {
        var truth = Analysis();
        var exported = ExportOf(truth) with
        {
            Title = "  KommunKompassen\nAnalys av  Helsingborgs stad 2017 ",
            Total = 120.0m,
            Evaluators = ["Lars  Strid", "Anna Marnell"],
        };

        var sut = DocumentScorer.Score(truth, exported);

        Assert.All(sut.Counts.Metadata, f => Assert.Equal(new Ratio(1, 1), f.Ratio));
    }

    [Fact]
    public void Score_EvaluatorsInOtherOrder_CountsTheListWrong()
    {
        var truth = Analysis();
        var exported = ExportOf(truth) with { Evaluators = ["Anna Marnell", "Lars Strid"] };

        var sut = DocumentScorer.Score(truth, exported);

        Assert.Equal(new Ratio(0, 1), sut.Counts.Metadata.Single(f => f.Field == "evaluators").Ratio);
        Assert.Contains("evaluators: expected [\"Lars Strid\", \"Anna Marnell\"], got [\"Anna Marnell\", \"Lars Strid\"]", sut.Differences);
    }

    [Fact]
    public void Score_UnreadableTruth_ScoresTypeButNoMetadata()
    {
        var truth = Memo() with { DocumentType = "unreadable", Error = "encrypted", Title = null };
        var exported = ExportOf(truth) with { Title = "something" };

        var sut = DocumentScorer.Score(truth, exported);

        Assert.Equal(new Ratio(1, 1), sut.Counts.DocumentType);
        Assert.All(sut.Counts.Metadata, f => Assert.Equal(0, f.Ratio.Total));
    }

    [Fact]
    public void Score_SubheadingShifted_CountsOnlyItemsInPlace()
    {
        var truth = Analysis();
        var exported = WithArea(ExportOf(truth), 1, a => a with { Subheadings = ["Inledning", "Demokratiarbete", "Information"] });

        var sut = DocumentScorer.Score(truth, exported);

        // Area 1: neither truth item is at its place (0 of 2); area 2: 1 of 1.
        Assert.Equal(new Ratio(1, 3), sut.Counts.Subheadings);
    }

    [Fact]
    public void Score_QuestionTextDiffers_CountsTextWrongButRowRight()
    {
        var truth = Analysis();
        var exported = WithArea(ExportOf(truth), 1, a => a with
        {
            Questions = [a.Questions[0] with { Text = "Strategi för" }, a.Questions[1], a.Questions[2]],
        });

        var sut = DocumentScorer.Score(truth, exported);

        Assert.Equal(new Ratio(4, 5), sut.Counts.QuestionText);
        Assert.Equal(new MatchCounts(5, 5, 5), sut.Counts.QuestionRows);
    }

    [Fact]
    public void Score_AreaOnlyInExport_CountsItsRowsAgainstPrecision()
    {
        var truth = Analysis();
        var extra = new ExportArea { Number = 3, Score = 50m, Questions = [Row("3.1", "Styrning", 10, 15, 67)] };
        var exported = ExportOf(truth) with { Areas = [.. ExportOf(truth).Areas, extra] };

        var sut = DocumentScorer.Score(truth, exported);

        Assert.Equal(new MatchCounts(5, 6, 5), sut.Counts.QuestionRows);
        Assert.Equal(new Ratio(2, 2), sut.Counts.AreaScore);
        Assert.Contains("area 3: exported but not in the truth", sut.Differences);
    }
}
