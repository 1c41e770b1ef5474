using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Pipeline.Tests.Fakes;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline.Tests;

public sealed class IngestRunnerTests : IDisposable
{
    private readonly TempArchive _archive = new();
    private readonly LiteDbDocumentStore _store = Stores.InMemory();
    private readonly FakeLayoutReader _reader = new();

    public IngestRunnerTests()
    {
        _archive.Write("2017/helsingborg.pdf", "Helsingborg\nanalysis");
        _archive.Write("policy/hr.pdf", "Personalpolicy");
        _archive.Write("broken.pdf", "BROKEN");
        _archive.WriteBytes("empty.pdf", []);
        _archive.Write("notes.txt", "not a pdf");
    }

    public void Dispose()
    {
        _reader.StopSpinning.Set();
        _store.Dispose();
        _archive.Dispose();
    }

    [Fact]
    public void Run_NewArchive_StoresReadableDocumentsAndRefusesTheRest()
    {
        var summary = Runner().Run(_archive.Root, null, CancellationToken.None);

        Assert.Equal((4, 2, 0, 0), (summary.Seen, summary.Added, summary.AlreadyKnown, summary.Reextracted));
        Assert.Equal(
            [new RefusedFile("broken.pdf", "damaged PDF: no cross-reference table"), new RefusedFile("empty.pdf", "empty file (0 bytes)")],
            summary.Refused);
        Assert.Equal(["notes.txt"], summary.NotDocuments);
        Assert.False(summary.Cancelled);
        Assert.Equal(
            ["2017/helsingborg.pdf", "broken.pdf", "empty.pdf", "policy/hr.pdf"],
            _store.Documents().Select(d => d.FirstPath));
        Assert.Equal(DocumentType.Unreadable, _store.Documents().Single(d => d.FirstPath == "empty.pdf").Type);
    }

    [Fact]
    public void Run_SecondTimeUnchanged_AddsNothingAndReadsNothing()
    {
        Runner().Run(_archive.Root, null, CancellationToken.None);
        var readsAfterFirst = _reader.Reads;

        var summary = Runner().Run(_archive.Root, null, CancellationToken.None);

        Assert.Equal((4, 0, 4), (summary.Seen, summary.Added, summary.AlreadyKnown));
        Assert.Empty(summary.Refused);
        Assert.Empty(summary.NewPaths);
        Assert.Equal(readsAfterFirst, _reader.Reads);
        Assert.All(_store.Documents(), d => Assert.Equal((1, 2), (d.FirstSeenRun, d.LastSeenRun)));
    }

    [Fact]
    public void Run_SecondTimeUnchanged_LooksUpNoDocumentOneByOne()
    {
        Runner().Run(_archive.Root, null, CancellationToken.None);
        using var counting = new CountingStore(_store);
        var sut = new IngestRunner(new ArchiveScanner(), new Fingerprinter(), new ExtractionStage(_reader, new FakeExtractor()), counting, FixedTime.Noon);

        var summary = sut.Run(_archive.Root, null, CancellationToken.None);

        Assert.Equal((0, 4), (summary.Added, summary.AlreadyKnown));
        Assert.Equal(0, counting.Finds);
    }

    [Fact]
    public void Run_KnownFileAtANewPath_IsLookedUpAndGetsThePath()
    {
        Runner().Run(_archive.Root, null, CancellationToken.None);
        _archive.Write("kopior/helsingborg.pdf", "Helsingborg\nanalysis");

        var summary = Runner().Run(_archive.Root, null, CancellationToken.None);

        Assert.Equal((0, 5), (summary.Added, summary.AlreadyKnown));
        Assert.Equal(["kopior/helsingborg.pdf"], summary.NewPaths);
    }

    [Fact]
    public void Run_CopyAtASecondPath_IsOneDocumentWithTwoPaths()
    {
        _archive.Write("copies/helsingborg-2017.pdf", "Helsingborg\nanalysis");

        var summary = Runner().Run(_archive.Root, null, CancellationToken.None);

        Assert.Equal((5, 2, 1), (summary.Seen, summary.Added, summary.AlreadyKnown));
        Assert.Equal(["copies/helsingborg-2017.pdf"], summary.NewPaths);
        var report = _store.Documents().Single(d => d.Type == DocumentType.KommunKompassenAnalysis);
        Assert.Equal(["2017/helsingborg.pdf", "copies/helsingborg-2017.pdf"], report.Paths);
    }

    [Fact]
    public void Run_StageThrowsForOneFile_RecordsItAndStoresTheOthers()
    {
        _archive.Write("bad-reader.pdf", "THROW");
        _archive.Write("bad-extract.pdf", "CRASH");

        var summary = Runner().Run(_archive.Root, null, CancellationToken.None);

        Assert.Equal(2, summary.Added);
        Assert.Equal(["bad-extract.pdf", "bad-reader.pdf", "broken.pdf", "empty.pdf"], summary.Refused.Select(r => r.Path));
        Assert.Contains("extraction failed", summary.Refused[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CancelledDuringADocument_DropsItAndKeepsTheOnesBefore()
    {
        using var cancel = new CancellationTokenSource();
        var extractor = new FakeExtractor { OnExtract = title => { if (title == "Personalpolicy") { cancel.Cancel(); } } };

        var summary = Runner(extractor, workers: 1).Run(_archive.Root, null, cancel.Token);

        Assert.True(summary.Cancelled);
        Assert.Equal(["2017/helsingborg.pdf", "broken.pdf", "empty.pdf"], _store.Documents().Select(d => d.FirstPath));
        Assert.True(Assert.Single(_store.Runs()).Cancelled);
    }

    [Fact]
    public void Run_AfterACancelledRun_PicksUpWhatWasLeft()
    {
        using var cancel = new CancellationTokenSource();
        Runner(new FakeExtractor { OnExtract = title => { if (title == "Personalpolicy") { cancel.Cancel(); } } }, workers: 1).Run(_archive.Root, null, cancel.Token);

        var summary = Runner().Run(_archive.Root, null, CancellationToken.None);

        Assert.Equal((1, 3), (summary.Added, summary.AlreadyKnown));
        Assert.Equal(4, _store.Documents().Count);
    }

    [Fact]
    public void Run_NewExtractorVersion_ExtractsKnownDocumentsAgain()
    {
        Runner().Run(_archive.Root, null, CancellationToken.None);

        var summary = Runner(new FakeExtractor("fake/2")).Run(_archive.Root, null, CancellationToken.None);

        Assert.Equal((0, 2, 0), (summary.Added, summary.Reextracted, summary.AlreadyKnown));
        Assert.All(_store.Documents(), d => Assert.Equal("fake/2", d.ExtractorVersion));
    }

    [Fact]
    public void Run_EveryDocument_IsReportedOnceInOrder()
    {
        var reports = new List<IngestProgress>();

        Runner(workers: 1).Run(_archive.Root, new SynchronousProgress<IngestProgress>(reports.Add), CancellationToken.None);

        Assert.Equal([1, 2, 3, 4], reports.Select(r => r.Index));
        Assert.All(reports, r => Assert.Equal(4, r.Total));
        Assert.Equal(
            [IngestOutcome.Added, IngestOutcome.Refused, IngestOutcome.Refused, IngestOutcome.Added],
            reports.Select(r => r.Outcome));
        Assert.Equal("empty file (0 bytes)", reports[2].Detail);
    }

    [Fact]
    public void Run_Completed_RecordsTheRunInTheStore()
    {
        Runner().Run(_archive.Root, null, CancellationToken.None);

        var run = Assert.Single(_store.Runs());

        Assert.Equal((4, 2, 2, false), (run.Seen, run.Added, run.Refused.Count, run.Cancelled));
        Assert.Equal(["notes.txt"], run.NotDocuments);
        Assert.Equal(FixedTime.Noon.GetUtcNow(), run.FinishedAt);
        Assert.Equal(("fake/1", IngestRunner.PipelineVersion), (run.ExtractorVersion, run.PipelineVersion));
    }

    [Fact]
    public void Run_MissingFolder_IsUserActionableAndRecordsNoRun()
    {
        Assert.Throws<UserActionableException>(() => Runner().Run(Path.Combine(_archive.Root, "nope"), null, CancellationToken.None));

        Assert.Empty(_store.Runs());
    }

    [Fact]
    public void Run_DocumentThatSpins_IsAbandonedAsTimedOutAndTheRunGoesOn()
    {
        _archive.Write("spins.pdf", "SPIN");
        var options = new IngestOptions { Workers = 2, DocumentTimeout = TimeSpan.FromSeconds(0.5) };
        var runner = new IngestRunner(new ArchiveScanner(), new Fingerprinter(), new ExtractionStage(_reader, new FakeExtractor()), _store, FixedTime.Noon, options: options);

        var summary = runner.Run(_archive.Root, null, CancellationToken.None);

        Assert.True(_reader.Spinning.IsSet);
        Assert.Equal(2, summary.Added);
        var refused = Assert.Single(summary.Refused, r => r.Path == "spins.pdf");
        Assert.StartsWith("timed out after 0.5 s", refused.Reason, StringComparison.Ordinal);
        var stored = _store.Documents().Single(d => d.FirstPath == "spins.pdf");
        Assert.Equal(DocumentType.Unreadable, stored.Type);
        Assert.StartsWith("timed out after 0.5 s", _store.Extraction(stored.Sha256, stored.ExtractorVersion)!.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_InParallel_StoresWhatOneWorkerStores()
    {
        for (var i = 0; i < 12; i++)
        {
            _archive.Write($"more/report-{i:00}.pdf", $"Report {i}\nanalysis");
        }

        _archive.Write("more/copy-of-report-03.pdf", "Report 3\nanalysis");
        using var sequentialStore = Stores.InMemory();
        var sequential = new IngestRunner(new ArchiveScanner(), new Fingerprinter(), new ExtractionStage(new FakeLayoutReader(), new FakeExtractor()), sequentialStore, FixedTime.Noon, options: new IngestOptions { Workers = 1 })
            .Run(_archive.Root, null, CancellationToken.None);

        var parallel = Runner(workers: 4).Run(_archive.Root, null, CancellationToken.None);

        Assert.Equal(Describe(sequential), Describe(parallel));
        Assert.Equal(Describe(sequentialStore), Describe(_store));
        Assert.Equal(["more/copy-of-report-03.pdf", "more/report-03.pdf"], _store.Documents().Single(d => d.FirstPath.Contains("03", StringComparison.Ordinal)).Paths);

        static string Describe(object value) => value switch
        {
            IngestSummary s => $"{s.Seen} {s.Added} {s.AlreadyKnown} {string.Join(',', s.NewPaths)} {string.Join(',', s.Refused)}",
            IDocumentReader r => string.Join('\n', r.Documents().OrderBy(d => d.Sha256, StringComparer.Ordinal).Select(d => $"{d.Sha256} {d.Type} {string.Join(',', d.Paths)}")),
            _ => throw new ArgumentOutOfRangeException(nameof(value)),
        };
    }

    // Two workers unless a test needs the archive's order (cancellation at a given document).
    private IngestRunner Runner(FakeExtractor? extractor = null, int workers = 2)
        => new(new ArchiveScanner(), new Fingerprinter(), new ExtractionStage(_reader, extractor ?? new FakeExtractor()), _store, FixedTime.Noon, options: new IngestOptions { Workers = workers });
}
