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
        var summary = Run(afterFirst: () => File.Delete(Victim));

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
        var summary = Run(afterFirst: () =>
        {
            File.Delete(Victim);
            Directory.CreateDirectory(Victim);
        });

        var refused = Assert.Single(summary.Refused);
        Assert.Equal("b-victim.pdf", refused.Path);
        Assert.Equal($"cannot read the file: Access to the path '{Victim}' is denied.", refused.Reason);
        AssertOthersStoredAndVictimNot();
    }

    [Fact]
    public void Run_FileReplacedBetweenHashingAndReading_IsRefusedAsChanged()
    {
        var store = new CountingStore(_store) { OnFind = ReplaceVictimOnce };

        var summary = Runner(store).Run(_archive.Root, null, CancellationToken.None);

        Assert.Equal(
            [new RefusedFile("b-victim.pdf", "the file changed while it was being read; run ingest again when it is complete")],
            summary.Refused);
        AssertOthersStoredAndVictimNot();
    }

    [Fact]
    public void Run_FileDeletedBetweenHashingAndReading_IsRefusedAsUnreadable()
    {
        var victim = new Fingerprinter().Compute("Personalpolicy"u8);
        var store = new CountingStore(_store) { OnFind = sha256 => File.Delete(sha256 == victim ? Victim : Path.Combine(_archive.Root, "none")) };

        var summary = Runner(store).Run(_archive.Root, null, CancellationToken.None);

        var refused = Assert.Single(summary.Refused);
        Assert.Equal("b-victim.pdf", refused.Path);
        Assert.StartsWith("cannot read the file: Could not find file ", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AfterAReplacedFileSettled_StoresItsNewContent()
    {
        var store = new CountingStore(_store) { OnFind = ReplaceVictimOnce };
        Runner(store).Run(_archive.Root, null, CancellationToken.None);

        var second = Runner(_store).Run(_archive.Root, null, CancellationToken.None);

        Assert.Empty(second.Refused);
        Assert.Equal(1, second.Added);
        Assert.Contains(_store.Documents(), d => d.FirstPath == "b-victim.pdf" && d.Type == DocumentType.RelatedDocument);
    }

    // Only the victim is replaced, once, when its own hash is looked up (hashed, not yet read).
    private void ReplaceVictimOnce(string sha256)
    {
        if (!_replaced && sha256 == new Fingerprinter().Compute("Personalpolicy"u8))
        {
            _replaced = true;
            File.WriteAllText(Victim, "Arbetsmiljopolicy\nrevised");
        }
    }

    private IngestSummary Run(Action afterFirst)
    {
        var progress = new SynchronousProgress<IngestProgress>(p =>
        {
            if (p.Index == 1)
            {
                afterFirst();
            }
        });
        return Runner(_store).Run(_archive.Root, progress, CancellationToken.None);
    }

    private void AssertOthersStoredAndVictimNot()
        => Assert.Equal(["a-first.pdf", "c-last.pdf"], _store.Documents().Select(d => d.FirstPath));

    private static IngestRunner Runner(IDocumentStore store)
        => new(new ArchiveScanner(), new Fingerprinter(), new ExtractionStage(new FakeLayoutReader(), new FakeExtractor()), store, FixedTime.Noon);
}
