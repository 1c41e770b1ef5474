using Kompass.Ingest.Pipeline.Tests.Fakes;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline.Tests;

/// <summary>
/// Copies of one content found by one run are recorded in the archive's order, whichever worker
/// hashed its copy first: the first copy is the one extracted and the path the export names, and
/// a run over the same archive stores the same whatever the workers' timing. Each test makes the
/// earlier copies hash slowest, the order in which a race went wrong.
/// </summary>
public sealed class IngestRunnerCopyOrderTests : IDisposable
{
    private const string Report = "Helsingborg\nanalysis";

    private readonly TempArchive _archive = new();
    private readonly LiteDbDocumentStore _store = Stores.InMemory();

    public void Dispose()
    {
        _store.Dispose();
        _archive.Dispose();
    }

    [Fact]
    public void Run_NewContentAtThreePathsHashedLastFirst_ExtractsTheFirstAndRecordsThemInTheArchivesOrder()
    {
        _archive.Write("a-first.pdf", Report);
        _archive.Write("b-second.pdf", Report);
        _archive.Write("c-third.pdf", Report);
        var added = new List<string>();

        var summary = Runner(SlowToHash(("a-first.pdf", 400), ("b-second.pdf", 200)))
            .Run(_archive.Root, new InlineProgress(p => Added(p, added)), CancellationToken.None);

        Assert.Equal((3, 1), (summary.Seen, summary.Added));
        Assert.Equal(["a-first.pdf"], added);
        Assert.Equal(["b-second.pdf", "c-third.pdf"], summary.NewPaths);
        Assert.Equal(["a-first.pdf", "b-second.pdf", "c-third.pdf"], Assert.Single(_store.Documents()).Paths);
    }

    [Fact]
    public void Run_KnownContentAtTwoNewPathsHashedLastFirst_AddsThemInTheArchivesOrder()
    {
        _archive.Write("a-first.pdf", Report);
        Runner(new Fingerprinter()).Run(_archive.Root, null, CancellationToken.None);
        _archive.Write("b-second.pdf", Report);
        _archive.Write("c-third.pdf", Report);

        var summary = Runner(SlowToHash(("b-second.pdf", 300))).Run(_archive.Root, null, CancellationToken.None);

        Assert.Equal((0, 3), (summary.Added, summary.AlreadyKnown));
        Assert.Equal(["a-first.pdf", "b-second.pdf", "c-third.pdf"], Assert.Single(_store.Documents()).Paths);
    }

    [Fact]
    public void Run_FirstCopyUnreadableOnDisk_TheNextCopyIsExtractedInstead()
    {
        _archive.Write("a-first.pdf", Report);
        _archive.Write("b-second.pdf", Report);
        _archive.Write("c-third.pdf", Report);
        var first = Path.Combine(_archive.Root, "a-first.pdf");

        // Deleted once hashed: its read fails, so its copies must not wait for an extraction that never comes.
        var summary = Runner(new RacingFingerprinter(hashed =>
        {
            if (hashed == "a-first.pdf")
            {
                File.Delete(first);
            }
        })).Run(_archive.Root, null, CancellationToken.None);

        Assert.Equal("a-first.pdf", Assert.Single(summary.Refused).Path);
        Assert.Equal(1, summary.Added);
        Assert.Equal(["b-second.pdf", "c-third.pdf"], Assert.Single(_store.Documents()).Paths);
    }

    private static void Added(IngestProgress progress, List<string> added)
    {
        if (progress.Outcome == IngestOutcome.Added)
        {
            added.Add(progress.Path);
        }
    }

    // Hashing the named files takes the given milliseconds longer: they finish after the others.
    private static RacingFingerprinter SlowToHash(params (string FileName, int Milliseconds)[] slow)
        => new(hashed =>
        {
            foreach (var (fileName, milliseconds) in slow)
            {
                if (hashed == fileName)
                {
                    Thread.Sleep(milliseconds);
                }
            }
        });

    // As many workers as files, so that every copy is hashed at once.
    private IngestRunner Runner(Fingerprinter fingerprinter)
        => new(new ArchiveScanner(), fingerprinter, new ExtractionStage(new FakeLayoutReader(), new FakeExtractor()), _store, FixedTime.Noon, options: new IngestOptions { Workers = 3 });

    // Reports on the calling thread (Progress<T> would post to the thread pool, after the run).
    private sealed class InlineProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
