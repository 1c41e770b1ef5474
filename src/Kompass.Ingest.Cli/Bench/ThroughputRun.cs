namespace Kompass.Ingest.Cli.Bench;

/// <summary>
/// One timed pass of <see cref="ThroughputBench"/> over the archive: <see cref="BareKey"/> (bare
/// PdfPig words) or <see cref="IngestKey"/> (our whole ingest into a fresh store), with
/// <see cref="Threads"/> documents at a time. <see cref="AllocatedBytes"/> and <see cref="GcPause"/>
/// are the process's during the pass: where the time goes besides the work itself (the garbage
/// collector's pauses stop every thread). <see cref="Cpu"/> is the processor time of all the
/// process's threads during the pass: beside the wall time it tells a pass that computes from one
/// that waits (a CPU share well under its threads is time spent waiting). <see cref="Collections"/>
/// counts the collections of each generation during the pass: a gen-2 collection is far dearer
/// than a gen-0 one, so the counts tell what the pause share is made of.
/// </summary>
public sealed record ThroughputRun(string Key, int Threads, int Documents, int Pages, TimeSpan Elapsed, long AllocatedBytes, TimeSpan GcPause, TimeSpan Cpu, GcCollections Collections)
{
    /// <summary>The key of bare PdfPig: <c>PdfDocument.Open</c> and <c>page.GetWords()</c> per page.</summary>
    public const string BareKey = "pdfpig";

    /// <summary>The key of our ingest: hash, read, classify, extract, validate, index findings, store.</summary>
    public const string IngestKey = "ingest";

    /// <summary>Documents per second; 0 for a run that took no measurable time.</summary>
    public double DocumentsPerSecond => Elapsed <= TimeSpan.Zero ? 0 : Documents / Elapsed.TotalSeconds;

    /// <summary>Megabytes allocated per document (the garbage collector's work grows with it).</summary>
    public double MegabytesPerDocument => Documents == 0 ? 0 : AllocatedBytes / (1024.0 * 1024.0) / Documents;

    /// <summary>The share of the wall time the garbage collector had every thread paused; 0 for a run that took no measurable time.</summary>
    public double GcPauseShare => Elapsed <= TimeSpan.Zero ? 0 : GcPause / Elapsed;

    /// <summary>Processor time over wall time (up to <see cref="Threads"/> for a pass that never waits); 0 for a run that took no measurable time.</summary>
    public double CpuShare => Elapsed <= TimeSpan.Zero ? 0 : Cpu / Elapsed;

    /// <summary>Pages per second; 0 for a run that took no measurable time.</summary>
    public double PagesPerSecond => Elapsed <= TimeSpan.Zero ? 0 : Pages / Elapsed.TotalSeconds;
}

/// <summary>How many times the garbage collector collected each generation (a gen-1 collection counts as a gen-0 one too, as .NET counts).</summary>
public sealed record GcCollections(int Gen0, int Gen1, int Gen2)
{
    /// <summary>The collections the process has made so far.</summary>
    public static GcCollections Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

    /// <summary>The collections made since <paramref name="earlier"/>.</summary>
    public GcCollections Since(GcCollections earlier) => new(Gen0 - earlier.Gen0, Gen1 - earlier.Gen1, Gen2 - earlier.Gen2);
}
