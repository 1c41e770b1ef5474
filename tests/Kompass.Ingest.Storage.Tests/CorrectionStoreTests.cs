using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Review;

namespace Kompass.Ingest.Storage.Tests;

public sealed class CorrectionStoreTests
{
    [Fact]
    public void AddCorrection_KnownDocument_IsNumberedAndReadBackWithEveryField()
    {
        using var sut = StoreFixture.InMemory();
        var run = sut.StartRun();
        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", run));
        var correction = Correction(StoreFixture.Sha('a'), "areas[2].score");

        var first = sut.AddCorrection(correction);
        var second = sut.AddCorrection(correction with { Field = "year", NewValue = "2017" });

        Assert.Equal((1, 2), (first, second));
        Assert.Equal([correction with { Id = 1 }, correction with { Id = 2, Field = "year", NewValue = "2017" }], sut.Corrections(StoreFixture.Sha('a')));
        Assert.Equal(2, sut.AllCorrections().Count);
    }

    [Fact]
    public void Save_ReextractionOfACorrectedDocument_LeavesItsCorrectionsAlone()
    {
        using var sut = StoreFixture.InMemory();
        var run = sut.StartRun();
        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", run));
        sut.AddCorrection(Correction(StoreFixture.Sha('a'), "total"));

        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", run, version: "x/2"));

        Assert.Single(sut.Corrections(StoreFixture.Sha('a')));
    }

    [Fact]
    public void AddCorrection_UnknownDocument_IsABug()
    {
        using var sut = StoreFixture.InMemory();

        Assert.Throws<KompassBugException>(() => sut.AddCorrection(Correction(StoreFixture.Sha('b'), "year")));
    }

    private static Correction Correction(string sha, string field) => new()
    {
        Sha256 = sha,
        Field = field,
        OldValue = "76",
        NewValue = "67",
        Reviewer = "Eva Ek",
        At = StoreFixture.Noon,
        Reason = "digits swapped; the table on p. 4 says 67",
    };
}
