using System.Diagnostics;
using System.Text.Json;

namespace Kompass.Ingest.Cli.Tests;

/// <summary>
/// <c>kompass eval</c> on the scanned sample, run at most twice per test run, both times with one
/// OCR cache folder of its own (deleted afterwards): the first run recognises every page and fills
/// the cache, the second reads them from it.
/// </summary>
public sealed class ScannedEvalRuns : IDisposable
{
    private readonly DirectoryInfo _cache = Directory.CreateTempSubdirectory("kompass-scanned-ocr-cache-");

    /// <summary>Creates the runs; nothing is run until asked.</summary>
    public ScannedEvalRuns()
    {
        First = new(Run);
        Second = new(() =>
        {
            _ = First.Value;
            return Run();
        });
    }

    /// <summary>The first eval: every page through Tesseract.</summary>
    internal Lazy<(KompassProcess.Result Run, JsonDocument? Report, TimeSpan Elapsed)> First { get; }

    /// <summary>The second eval over the same cache, after the first.</summary>
    internal Lazy<(KompassProcess.Result Run, JsonDocument? Report, TimeSpan Elapsed)> Second { get; }

    /// <summary>Every file in the cache with the time it was last written.</summary>
    public Dictionary<string, DateTime> CacheFiles()
        => Directory.EnumerateFiles(_cache.FullName, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

    /// <inheritdoc />
    public void Dispose() => _cache.Delete(recursive: true);

    private (KompassProcess.Result, JsonDocument?, TimeSpan) Run()
    {
        var scanned = Path.Combine(Repository.Root(), "corpus", "scanned");
        var clock = Stopwatch.StartNew();
        var run = KompassProcess.Run(
            "eval", "--archive", Path.Combine(scanned, "archive"), "--truth", Path.Combine(scanned, "truth"), "--format", "json", "--ocr-cache", _cache.FullName);
        return (run, run.ExitCode == 0 ? JsonDocument.Parse(run.Output) : null, clock.Elapsed);
    }
}
