using Kompass.Ingest.Learning.Evaluation;

namespace Kompass.Ingest.Learning.Tests;

public sealed class ConfusionMatrixTests
{
    [Fact]
    public void Of_ThreeClassesOneMistake_GivesAccuracyAndMacroF1()
    {
        var sut = ConfusionMatrix.Of([("a", "a"), ("a", "a"), ("b", "a"), ("b", "b"), ("c", "c")]);

        Assert.Equal(["a", "b", "c"], sut.Classes);
        Assert.Equal(0.8, sut.Accuracy, 6);
        // F1: a = 2·2/(2+3) = 0.8, b = 2·1/(2+1) = 0.667, c = 1.
        Assert.Equal((0.8 + (2.0 / 3) + 1) / 3, sut.MacroF1, 6);
    }

    [Fact]
    public void Of_MissingPrediction_CountsAsNoneButNotInMacroF1()
    {
        var sut = ConfusionMatrix.Of([("a", null), ("a", "a")]);

        Assert.Contains(ConfusionMatrix.None, sut.Classes);
        Assert.Equal(0.5, sut.Accuracy, 6);
        Assert.Equal(2.0 / 3, sut.MacroF1, 6);
    }

    [Fact]
    public void ToText_ListsEveryClassAsARowAndAColumn()
    {
        var text = ConfusionMatrix.Of([("x", "y"), ("y", "y")]).ToText();

        Assert.Contains("[1] = x", text, StringComparison.Ordinal);
        Assert.Contains("[2] = y", text, StringComparison.Ordinal);
    }
}
