namespace Kompass.Ingest.Storage.Tests;

public sealed class AreaScoreStoreTests
{
    [Fact]
    public void AreaScores_TwoReports_ListsEachReportsScoreForTheArea()
    {
        using var sut = StoreFixture.InMemory();
        var run = sut.StartRun();
        var full = SampleExtraction.Full();
        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", run, full));
        sut.Save(StoreFixture.Write(StoreFixture.Sha('b'), "b.pdf", run, full with { Year = SampleExtraction.At(2013, 1, "2013") }));

        var rows = sut.AreaScores(full.Areas[0].Number);

        Assert.Equal([(StoreFixture.Sha('b'), 2013), (StoreFixture.Sha('a'), 2017)], rows.Select(r => (r.Sha256, r.Year!.Value)));
        Assert.All(rows, r => Assert.Equal(full.Areas[0].Score!.Value, r.Score));
        Assert.All(rows, r => Assert.Equal(("1283", "2010"), (r.MunicipalityCode, r.Framework)));
    }

    [Fact]
    public void AreaScores_AfterAReextractionWithoutTheArea_DropsItsRow()
    {
        using var sut = StoreFixture.InMemory();
        var run = sut.StartRun();
        var full = SampleExtraction.Full();
        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", run, full));

        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", run, full with { Areas = [] }, version: "x/2"));

        Assert.Empty(sut.AreaScores(full.Areas[0].Number));
    }
}
