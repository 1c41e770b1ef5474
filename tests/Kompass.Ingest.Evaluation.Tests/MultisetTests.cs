namespace Kompass.Ingest.Evaluation.Tests;

public sealed class MultisetTests
{
    [Fact]
    public void Compare_RepeatedItems_PairsEachOccurrenceOnce()
    {
        var sut = Multiset.Compare(["a", "a", "b"], ["b", "a", "c"]);

        Assert.Equal(2, sut.Matched);
        Assert.Equal(["a"], sut.Missed);
        Assert.Equal(["c"], sut.Extra);
        Assert.Equal(new MatchCounts(2, 3, 3), sut.Counts);
    }

    [Fact]
    public void F1_BothSidesEmpty_IsUndefined()
    {
        var sut = new MatchCounts(0, 0, 0);

        Assert.Null(sut.F1);
        Assert.Null(sut.Precision);
        Assert.Null(sut.Recall);
    }

    [Fact]
    public void F1_NothingExported_IsZero()
    {
        var sut = new MatchCounts(0, 0, 4);

        Assert.Equal(0.0, sut.F1);
        Assert.Null(sut.Precision);
    }
}
