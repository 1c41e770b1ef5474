using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Pipeline.Tests.Fakes;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline.Tests;

/// <summary>
/// Files that change under a running ingest: deleted, replaced or made unreadable after the scan
/// listed them, or between hashing and reading. Each is refused with one reason, nothing is
/// stored for it, and the run goes on with the other files.
/// </summary>
public sealed class IngestRunnerFileRaceTests : IDisposable
{
    private readonly TempArchive _archive = new();
    private readonly LiteDbDocumentStore _store = Stores.InMemory();
    private bool _replaced;

    public IngestRunnerFileRaceTests()
    {
        _archive.Write("a-first.pdf", "Helsingborg\nanalysis");
        _archive.Write("b-victim.pdf", "Personalpolicy");
        _archive.Write("c-last.pdf", "Kungalv\nanalysis");
    }

    private string Victim => Path.Combine(_archive.Root, "b-victim.pdf");

    public void Dispose()
    {
        _store.Dispose();
        _archive.Dispose();
    }

    [Fact]
    public void Run_FileDeletedAfterTheScan_IsRefusedAndTheOthersAreStored()
    {
        var summary = Runner(AfterHashing("a-first.pdf", () => File.Delete(Victim))).Run(_archive.Root, null, CancellationToken.None);

        var refused = Assert.Single(summary.Refused);
        Assert.Equal("b-victim.pdf", refused.Path);
        Assert.StartsWith("cannot read the file: Could not find file ", refused.Reason, StringComparison.Ordinal);
        AssertOthersStoredAndVictimNot();
    }

    [Fact]
    public void Run_FileMadeUnreadableAfterTheScan_IsRefusedAsAccessDenied()
    {
        // As root no permission bit keeps a file from being read; a folder in the file's place is
        // refused by the system the same way (EACCES), and so takes the path of an unreadable file.
        var summary = Runner(AfterHashing("a-first.pdf", () =>
        {
            File.Delete(Victim);
            Directory.CreateDirectory(Victim);
        })).Run(_archive.Root, null, CancellationToken.None);

        var refused = Assert.Single(summary.Refused);
        Assert.Equal("b-victim.pdf", refused.Path);
        Assert.Equal($"cannot read the file: Access to the path '{Victim}' is denied.", refused.Reason);
        AssertOthersStoredAndVictimNot();
    }

    [Fact]
    public void Run_FileReplacedBetweenHashingAndReading_IsRefusedAsChanged()
    {
        var summary = Runner(AfterHashing("b-victim.pdf", ReplaceVictimOnce)).Run(_archive.Root, null, CancellationToken.None);

        Assert.Equal(
            [new RefusedFile("b-victim.pdf", "the file changed while it was being read; run ingest again when it is complete")],
            summary.Refused);
        AssertOthersStoredAndVictimNot();
    }

    [Fact]
    public void Run_FileDeletedBetweenHashingAndReading_IsRefusedAsUnreadable()
    {
        var summary = Runner(AfterHashing("b-victim.pdf", () => File.Delete(Victim))).Run(_archive.Root, null, CancellationToken.None);

        var refused = Assert.Single(summary.Refused);
        Assert.Equal("b-victim.pdf", refused.Path);
        Assert.StartsWith("cannot read the file: Could not find file ", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AfterAReplacedFileSettled_StoresItsNewContent()
    {
        Runner(AfterHashing("b-victim.pdf", ReplaceVictimOnce)).Run(_archive.Root, null, CancellationToken.None);

        var second = Runner(new Fingerprinter()).Run(_archive.Root, null, CancellationToken.None);

        Assert.Empty(second.Refused);
        Assert.Equal(1, second.Added);
        Assert.Contains(_store.Documents(), d => d.FirstPath == "b-victim.pdf" && d.Type == DocumentType.RelatedDocument);
    }

    // Replaced once only, so that the next run finds it settled.
    private void ReplaceVictimOnce()
    {
        if (!_replaced)
        {
            _replaced = true;
            File.WriteAllText(Victim, "Arbetsmiljopolicy\nrevised");
        }
    }

    private static RacingFingerprinter AfterHashing(string fileName, Action act)
        => new(hashed =>
        {
            if (hashed == fileName)
            {
                act();
            }
        });

    private void AssertOthersStoredAndVictimNot()
        => Assert.Equal(["a-first.pdf", "c-last.pdf"], _store.Documents().Select(d => d.FirstPath));

    // One worker, so that the files are hashed in the archive's order.
    private IngestRunner Runner(Fingerprinter fingerprinter)
        => new(new ArchiveScanner(), fingerprinter, new ExtractionStage(new FakeLayoutReader(), new FakeExtractor()), _store, FixedTime.Noon, options: new IngestOptions { Workers = 1 });
}
