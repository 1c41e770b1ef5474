using System.Security.Cryptography;
using System.Text;
using Kompass.Ingest.Cli.Composition;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Pipeline;
using Kompass.Ingest.Pipeline.Search;
using Kompass.Ingest.Storage;
using Kompass.Ingest.TestKit;
using Kompass.Ingest.Web.Store;

namespace Kompass.Ingest.Web.Tests;

/// <summary>
/// A temporary folder with an archive (<c>archive/</c>) and a store file (<c>kompass.db</c>)
/// beside it, filled either by ingesting sample PDFs with the real pipeline or by writing
/// documents straight into the store (fast, and any text a test needs). Removed on dispose.
/// </summary>
internal sealed class ReviewWorkspace : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kompass-web-");
    private int? _run;

    public ReviewWorkspace()
    {
        Directory.CreateDirectory(Archive);
    }

    public string Archive => Path.Combine(_folder.FullName, "archive");

    public string Db => Path.Combine(_folder.FullName, "kompass.db");

    public string Folder => _folder.FullName;

    /// <summary>The factory <c>kompass serve</c> gives the server, over this store.</summary>
    public ReviewScopeFactory Scopes => access => PipelineFactory.OpenReviewScope(Db, access, TimeProvider.System);

    /// <summary>Copies sample-archive PDFs (paths relative to corpus/archive) into the archive.</summary>
    public void CopySamples(params string[] paths)
    {
        var corpus = SampleArchive.Folder();
        foreach (var path in paths)
        {
            var target = Path.Combine(Archive, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(corpus, path), target);
        }
    }

    /// <summary>Ingests the archive with the real pipeline, as <c>kompass ingest [--reextract]</c> does.</summary>
    public IngestSummary Ingest(bool reextractAll = false)
    {
        using var store = PipelineFactory.OpenStore(Db);
        return PipelineFactory.CreateIngestRunner(store, TimeProvider.System).Run(Archive, progress: null, CancellationToken.None, reextractAll);
    }

    /// <summary>
    /// Writes a document straight into the store (with its search index rows, as ingest writes them), with <paramref name="bytes"/> at
    /// <paramref name="path"/> in the archive when given (else no file), and returns its hash.
    /// </summary>
    public string AddDocument(string path, ReportExtraction extraction, IReadOnlyList<Flag>? flags = null, byte[]? bytes = null, string? sha256 = null, IFindingThemes? themes = null)
    {
        bytes ??= Encoding.ASCII.GetBytes($"%PDF-1.4 test document {path}\n%%EOF\n");
        var sha = sha256 ?? Convert.ToHexStringLower(SHA256.HashData(bytes));
        using var store = PipelineFactory.OpenStore(Db);
        _run ??= store.StartRun(new RunStart(Archive, DateTimeOffset.UtcNow, "test/1", "test/1"));
        store.Save(new DocumentWrite(sha, path, _run.Value, extraction, extraction.PageCount, "test/1", "test/1", DateTimeOffset.UtcNow)
        {
            Flags = flags ?? PipelineFactory.CreateValidator(PipelineDefinitions.Current).Validate(extraction),
            Findings = FindingRows.From(sha, extraction, themes),
        });
        return sha;
    }

    /// <summary>Writes a file into the archive.</summary>
    public void WriteFile(string path, byte[] bytes)
    {
        var target = Path.Combine(Archive, path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, bytes);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>A report of Göteborg 2016 whose area 4 reads 76 in the summary and 81 in its section: one summary-section-mismatch.</summary>
    public static ReportExtraction Report(string? title = null, string? strength = null) => new()
    {
        Type = DocumentType.KommunKompassenAnalysis,
        Title = title is null ? null : Sourced.Of(title, At(1)),
        Municipality = new Municipality("Göteborg", MunicipalityCode.TryParse("1480", out var code) ? code : null, MunicipalityKind.Kommun),
        MunicipalityAsPrinted = Sourced.Of("Göteborgs stad", At(1)),
        Year = Sourced.Of(2016, At(1)),
        PageCount = 20,
        Areas = Enumerable.Range(1, 8).Select(n => new AreaExtraction
        {
            Number = n,
            SummaryScore = Sourced.Of(n == 4 ? 76m : 50m, At(4)),
            NationalMean = Sourced.Of(54m, At(4)),
            SectionScore = Sourced.Of(n == 4 ? 81m : 50m, At(4 + (2 * n))),
            Strengths = strength is null || n != 4 ? [] : [Sourced.Of(strength, At(12))],
        }).ToList(),
    };

    private static Provenance At(int page) => new(page, new BoundingBox(100, 500, 130, 512), "x", "test");
}
