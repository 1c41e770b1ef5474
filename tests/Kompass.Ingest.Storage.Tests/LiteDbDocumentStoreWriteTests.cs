using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Storage.Tests;

public sealed class LiteDbDocumentStoreWriteTests
{
    [Fact]
    public void Save_NewDocument_IsFoundWithPathRunAndIndexedFields()
    {
        using var sut = StoreFixture.InMemory();
        var run = sut.StartRun();

        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "2017/helsingborg.pdf", run));

        var stored = sut.Find(StoreFixture.Sha('a'));
        Assert.NotNull(stored);
        Assert.Equal(["2017/helsingborg.pdf"], stored.Paths);
        Assert.Equal((run, run), (stored.FirstSeenRun, stored.LastSeenRun));
        Assert.Equal(DocumentType.KommunKompassenAnalysis, stored.Type);
        Assert.Equal(("1283", 2017, "2010", 34), (stored.MunicipalityCode, stored.Year, stored.Framework, stored.PageCount));
        Assert.Equal(("x/1", "pipeline/1"), (stored.ExtractorVersion, stored.PipelineVersion));
        Assert.Null(stored.Error);
    }

    [Fact]
    public void Save_Unreadable_KeepsTheReason()
    {
        using var sut = StoreFixture.InMemory();
        var run = sut.StartRun();

        sut.Save(StoreFixture.Write(StoreFixture.Sha('b'), "empty.pdf", run, ReportExtraction.Unreadable("empty file (0 bytes)")));

        var stored = sut.Find(StoreFixture.Sha('b'))!;
        Assert.Equal(DocumentType.Unreadable, stored.Type);
        Assert.Equal("empty file (0 bytes)", stored.Error);
    }

    [Fact]
    public void Find_UnknownHash_ReturnsNull()
    {
        using var sut = StoreFixture.InMemory();

        Assert.Null(sut.Find(StoreFixture.Sha('c')));
    }

    [Fact]
    public void RecordSeen_NewPath_AddsItOnceAndMovesLastSeenRun()
    {
        using var sut = StoreFixture.InMemory();
        var first = sut.StartRun();
        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", first));
        var second = sut.StartRun();

        var isNew = sut.RecordSeen(StoreFixture.Sha('a'), "copy/a.pdf", second);
        var again = sut.RecordSeen(StoreFixture.Sha('a'), "copy/a.pdf", second);

        var stored = sut.Find(StoreFixture.Sha('a'))!;
        Assert.True(isNew);
        Assert.False(again);
        Assert.Equal(["a.pdf", "copy/a.pdf"], stored.Paths);
        Assert.Equal((first, second), (stored.FirstSeenRun, stored.LastSeenRun));
    }

    [Fact]
    public void MarkSeen_KnownAndUnknownHashes_MovesLastSeenRunOfTheKnownOnly()
    {
        using var sut = StoreFixture.InMemory();
        var first = sut.StartRun();
        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", first));
        sut.Save(StoreFixture.Write(StoreFixture.Sha('b'), "b.pdf", first));
        var second = sut.StartRun();

        sut.MarkSeen([StoreFixture.Sha('a'), StoreFixture.Sha('f')], second);

        Assert.Equal((first, second), (sut.Find(StoreFixture.Sha('a'))!.FirstSeenRun, sut.Find(StoreFixture.Sha('a'))!.LastSeenRun));
        Assert.Equal(first, sut.Find(StoreFixture.Sha('b'))!.LastSeenRun);
        Assert.Null(sut.Find(StoreFixture.Sha('f')));
    }

    [Fact]
    public void RecordSeen_UnknownHash_IsABug()
    {
        using var sut = StoreFixture.InMemory();

        Assert.Throws<KompassBugException>(() => sut.RecordSeen(StoreFixture.Sha('d'), "d.pdf", 1));
    }

    [Fact]
    public void Save_NewExtractorVersion_KeepsFirstRunPathsAndTheOlderExtraction()
    {
        using var sut = StoreFixture.InMemory();
        var first = sut.StartRun();
        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", first, version: "x/1"));
        var second = sut.StartRun();

        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "moved/a.pdf", second, ReportExtraction.Unreadable("new reader refuses it"), "x/2"));

        var stored = sut.Find(StoreFixture.Sha('a'))!;
        Assert.Equal(["a.pdf", "moved/a.pdf"], stored.Paths);
        Assert.Equal((first, second, "x/2"), (stored.FirstSeenRun, stored.LastSeenRun, stored.ExtractorVersion));
        Assert.Equal(DocumentType.KommunKompassenAnalysis, sut.Extraction(StoreFixture.Sha('a'), "x/1")!.Type);
        Assert.Equal(DocumentType.Unreadable, sut.Extraction(StoreFixture.Sha('a'), "x/2")!.Type);
        Assert.Equal(["x/1", "x/2"], sut.ExtractionHistory(StoreFixture.Sha('a')).Select(e => e.ExtractorVersion));
    }

    [Fact]
    public void SaveAll_KnownAndNewDocumentsInOneBatch_KeepsTheKnownOnesHistory()
    {
        using var sut = StoreFixture.InMemory();
        var first = sut.StartRun();
        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", first));
        var second = sut.StartRun();

        sut.SaveAll([StoreFixture.Write(StoreFixture.Sha('b'), "b.pdf", second), StoreFixture.Write(StoreFixture.Sha('a'), "moved/a.pdf", second, version: "x/2")]);

        var known = sut.Find(StoreFixture.Sha('a'))!;
        Assert.Equal(["a.pdf", "moved/a.pdf"], known.Paths);
        Assert.Equal((first, second), (known.FirstSeenRun, known.LastSeenRun));
        Assert.Equal((second, second), (sut.Find(StoreFixture.Sha('b'))!.FirstSeenRun, sut.Find(StoreFixture.Sha('b'))!.LastSeenRun));
        Assert.Equal(["x/1", "x/2"], sut.ExtractionHistory(StoreFixture.Sha('a')).Select(e => e.ExtractorVersion));
    }

    [Fact]
    public void SaveAll_OneHashTwiceInABatch_StoresItOnceWithBothPathsAndTheLaterExtraction()
    {
        using var sut = StoreFixture.InMemory();
        var run = sut.StartRun();

        sut.SaveAll([StoreFixture.Write(StoreFixture.Sha('a'), "a.pdf", run), StoreFixture.Write(StoreFixture.Sha('a'), "copy/a.pdf", run, ReportExtraction.Unreadable("read again"))]);

        var stored = Assert.Single(sut.Documents());
        Assert.Equal(["a.pdf", "copy/a.pdf"], stored.Paths);
        Assert.Equal(DocumentType.Unreadable, sut.Extraction(StoreFixture.Sha('a'), "x/1")!.Type);
        Assert.Empty(sut.AreaScores(1));
    }

    [Fact]
    public void StartRun_Twice_NumbersRunsFromOne()
    {
        using var sut = StoreFixture.InMemory();

        Assert.Equal((1, 2), (sut.StartRun(), sut.StartRun()));
    }

    [Fact]
    public void FinishRun_Record_RoundTrips()
    {
        using var sut = StoreFixture.InMemory();
        var id = sut.StartRun();
        var run = new IngestRunRecord
        {
            Id = id,
            Root = "/archive",
            StartedAt = StoreFixture.Noon,
            FinishedAt = StoreFixture.Noon.AddSeconds(3.25),
            ElapsedMilliseconds = 3250,
            ExtractorVersion = "x/1",
            PipelineVersion = "pipeline/1",
            Seen = 5,
            Added = 2,
            Reextracted = 1,
            AlreadyKnown = 1,
            NewPaths = ["copy/a.pdf"],
            Refused = [new RefusedFile("empty.pdf", "empty file (0 bytes)")],
            Unscanned = [new RefusedFile("private/", "cannot read folder: access denied")],
            NotDocuments = ["notes.txt"],
            Cancelled = true,
        };

        sut.FinishRun(run);

        var read = Assert.Single(sut.Runs());
        Assert.Equal(run with { NewPaths = read.NewPaths, Refused = read.Refused, Unscanned = read.Unscanned, NotDocuments = read.NotDocuments }, read);
        Assert.Equal([new RefusedFile("private/", "cannot read folder: access denied")], read.Unscanned);
        Assert.Equal(["copy/a.pdf"], read.NewPaths);
        Assert.Equal([new RefusedFile("empty.pdf", "empty file (0 bytes)")], read.Refused);
        Assert.Equal(["notes.txt"], read.NotDocuments);
    }

    [Fact]
    public void Documents_Always_OrderedByFirstPath()
    {
        using var sut = StoreFixture.InMemory();
        var run = sut.StartRun();
        sut.Save(StoreFixture.Write(StoreFixture.Sha('a'), "b/z.pdf", run));
        sut.Save(StoreFixture.Write(StoreFixture.Sha('b'), "a/y.pdf", run));
        sut.Save(StoreFixture.Write(StoreFixture.Sha('c'), "B.pdf", run));

        Assert.Equal(["B.pdf", "a/y.pdf", "b/z.pdf"], sut.Documents().Select(d => d.FirstPath));
    }
}
