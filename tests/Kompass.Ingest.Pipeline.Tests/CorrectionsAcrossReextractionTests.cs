using Kompass.Ingest.Domain.Review;
using Kompass.Ingest.Export;
using Kompass.Ingest.Pipeline.Tests.Fakes;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline.Tests;

/// <summary>Reviewer corrections live apart from extractions: they survive every re-extraction.</summary>
public sealed class CorrectionsAcrossReextractionTests : IDisposable
{
    private readonly TempArchive _archive = new();
    private readonly LiteDbDocumentStore _store = Stores.InMemory();
    private readonly FakeLayoutReader _reader = new();

    public CorrectionsAcrossReextractionTests()
    {
        _archive.Write("2017/helsingborg.pdf", "Helsingborg\nanalysis");
        _archive.Write("kopior/helsingborg.pdf", "Helsingborg\nanalysis");
        _archive.Write("policy/hr.pdf", "Personalpolicy");
    }

    public void Dispose()
    {
        _store.Dispose();
        _archive.Dispose();
    }

    [Fact]
    public void Run_NewExtractorVersion_ReappliesCorrectionsAndReportsTheOneWhoseFieldIsGone()
    {
        Runner(new FakeExtractor("fake/1") { AreaCount = 3 }).Run(_archive.Root, null, CancellationToken.None);
        var sha = Analysis().Sha256;
        _store.AddCorrection(Correction(sha, "areas[1].score", "51", "71"));
        _store.AddCorrection(Correction(sha, "areas[3].score", "53", "44"));

        var summary = Runner(new FakeExtractor("fake/2") { AreaCount = 2 }).Run(_archive.Root, null, CancellationToken.None);

        Assert.Equal(2, summary.Reextracted);
        var line = Assert.Single(summary.StaleCorrections);
        Assert.Contains("areas[3].score", line, StringComparison.Ordinal);
        Assert.Contains("no area 3", line, StringComparison.Ordinal);
        Assert.Equal(2, _store.Corrections(sha).Count);
        var effective = Export(ExportValues.Effective).Single(d => d.Sha256 == sha);
        var raw = Export(ExportValues.Raw).Single(d => d.Sha256 == sha);
        Assert.Equal([71m, 52m], effective.Areas.Select(a => a.Score));
        Assert.Equal([51m, 52m], raw.Areas.Select(a => a.Score));
    }

    [Fact]
    public void Run_ReextractAll_ExtractsEachDocumentOnceAndKeepsCorrections()
    {
        var extractor = new FakeExtractor("fake/1") { AreaCount = 3 };
        Runner(extractor).Run(_archive.Root, null, CancellationToken.None);
        var sha = Analysis().Sha256;
        _store.AddCorrection(Correction(sha, "year", null, "2017"));
        var readsBefore = _reader.Reads;

        var summary = Runner(extractor).Run(_archive.Root, null, CancellationToken.None, reextractAll: true);

        Assert.Equal((2, 1), (summary.Reextracted, summary.AlreadyKnown));
        Assert.Equal(readsBefore + 2, _reader.Reads);
        Assert.Empty(summary.StaleCorrections);
        Assert.Equal(2017, Export(ExportValues.Effective).Single(d => d.Sha256 == sha).Year);
    }

    private StoredDocument Analysis() => _store.Documents().Single(d => d.FirstPath == "2017/helsingborg.pdf");

    private IReadOnlyList<Export.Contract.ExportDocument> Export(ExportValues values)
        => new ExportRunner(_store, new ExportDocumentMapper(), new ExportWriter(FixedTime.Noon), values).Documents(CancellationToken.None);

    private static Correction Correction(string sha, string field, string? old, string? value) => new()
    {
        Sha256 = sha,
        Field = field,
        OldValue = old,
        NewValue = value,
        Reviewer = "Eva",
        At = new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero),
        Reason = "the printed table says so",
    };

    private IngestRunner Runner(FakeExtractor extractor)
        => new(new ArchiveScanner(), new Fingerprinter(), new ExtractionStage(_reader, extractor), _store, FixedTime.Noon);
}
