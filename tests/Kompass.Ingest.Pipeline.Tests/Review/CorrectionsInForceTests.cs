using Kompass.Ingest.Domain.Review;

namespace Kompass.Ingest.Pipeline.Tests.Review;

public sealed class CorrectionsInForceTests
{
    [Fact]
    public void Of_AnUndo_TakesItsCorrectionBackAndAppliesNothingItself()
        => Assert.Equal([1], Ids(C(1), C(2), C(3, reverts: 2)));

    [Fact]
    public void Of_AnUndoOfAnUndo_PutsTheFirstCorrectionBack()
        => Assert.Equal([1, 2], Ids(C(1), C(2), C(3, reverts: 2), C(4, reverts: 3)));

    [Fact]
    public void Of_OrdersByNumber()
        => Assert.Equal([1, 2, 5], Ids(C(5), C(1), C(2)));

    private static int[] Ids(params Correction[] corrections) => CorrectionsInForce.Of(corrections).Select(c => c.Id).ToArray();

    private static Correction C(int id, int? reverts = null) => new()
    {
        Id = id,
        Sha256 = "ab",
        Field = "year",
        NewValue = "2016",
        Reviewer = "Eva",
        At = DateTimeOffset.UnixEpoch,
        Reason = "r",
        Reverts = reverts,
    };
}
