using Kompass.Ingest.Learning.Evaluation;

namespace Kompass.Ingest.Learning.Tests;

public sealed class DocumentFoldsTests
{
    [Fact]
    public void Of_SameGroup_SameFoldWhateverElseIsThere()
    {
        Assert.Equal(DocumentFolds.Of("1482/2016", 5), DocumentFolds.Of("1482/2016", 5));
    }

    [Fact]
    public void Of_ManyGroups_FillEveryFold()
    {
        var folds = Enumerable.Range(0, 200).Select(i => DocumentFolds.Of($"{i:0000}/2016", 5)).ToList();

        Assert.All(folds, f => Assert.InRange(f, 0, 4));
        Assert.All(Enumerable.Range(0, 5), f => Assert.InRange(folds.Count(x => x == f), 20, 60));
    }
}
