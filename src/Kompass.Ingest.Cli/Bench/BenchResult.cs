namespace Kompass.Ingest.Cli.Bench;

/// <summary>What <c>kompass bench</c> measured on this machine.</summary>
public sealed record BenchResult
{
    /// <summary>The source folder, as given or found.</summary>
    public required string Source { get; init; }

    /// <summary>Distinct readable PDFs of the source that the archive copies.</summary>
    public required int ReadableSources { get; init; }

    /// <summary>PDFs of the source left out (unreadable, a scan, or a duplicate of another).</summary>
    public required int LeftOutSources { get; init; }

    /// <summary>How many of <see cref="LeftOutSources"/> are scans (read by OCR: see <see cref="BenchSourceReader"/>).</summary>
    public required int ScannedSources { get; init; }

    /// <summary>Documents in the synthetic archive.</summary>
    public required int Documents { get; init; }

    /// <summary>Bytes of the synthetic archive.</summary>
    public required long ArchiveBytes { get; init; }

    /// <summary>The measured steps, in the order they ran.</summary>
    public required IReadOnlyList<BenchStep> Steps { get; init; }

    /// <summary>Documents the first ingest added and refused (a copy of a readable source should never be refused).</summary>
    public required int FirstIngestAdded { get; init; }

    /// <inheritdoc cref="FirstIngestAdded" />
    public required int FirstIngestRefused { get; init; }

    /// <summary>Documents the re-run found already known (should be all of them).</summary>
    public required int RerunKnown { get; init; }

    /// <summary>Bytes of the store file after the runs (closed, journal merged).</summary>
    public required long StoreBytes { get; init; }

    /// <summary>Bytes of the JSON export.</summary>
    public required long ExportBytes { get; init; }

    /// <summary>Bare PdfPig against our ingest; null when skipped.</summary>
    public ThroughputResult? Throughput { get; init; }

    /// <summary>Peak memory of a child ingest per archive size; empty when skipped.</summary>
    public IReadOnlyList<MemoryRun> Memory { get; init; } = [];

    /// <summary>Where one typical report's time goes; null when skipped or no source fits.</summary>
    public StageResult? Stages { get; init; }

    /// <summary>The machine's cores and its load averages (1, 5, 15 min) at the start and end, from <c>/proc/loadavg</c> (null elsewhere).</summary>
    public BenchMachine? Machine { get; init; }

    /// <summary>The work folder when kept (<c>--keep</c>), else null (deleted).</summary>
    public string? KeptFolder { get; init; }

    /// <summary>Store bytes per document.</summary>
    public double StoreBytesPerDocument => Documents == 0 ? 0 : (double)StoreBytes / Documents;
}
