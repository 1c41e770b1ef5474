using System.Text.Json;

namespace Kompass.Ingest.Cli.Tests;

/// <summary>Keeps <c>kompass bench</c> working on a tiny archive; its figures are not asserted (no timing assertions).</summary>
public sealed class BenchCommandTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    // The throughput, memory and stage parts are tested on their own below.
    private static readonly string[] ArchiveStepsOnly = ["--throughput-documents", "0", "--memory-documents", "0", "--stages-repetitions", "0"];

    private string Work => Directory.CreateDirectory(Path.Combine(_workspace.Folder, "work")).FullName;

    [Fact]
    public void Bench_TinyArchive_IngestsEveryCopyOnceAndRemovesItsWorkFolder()
    {
        var work = Work;

        var result = KompassProcess.Run(["bench", "--documents", "3", "--source", _workspace.Archive, "--work", work, "--format", "json", .. ArchiveStepsOnly]);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("documents").GetInt32());
        Assert.Equal(2, root.GetProperty("readableSources").GetInt32());
        Assert.Equal(3, root.GetProperty("firstIngestAdded").GetInt32());
        Assert.Equal(0, root.GetProperty("firstIngestRefused").GetInt32());
        Assert.Equal(3, root.GetProperty("rerunKnown").GetInt32());
        Assert.Equal(3, root.GetProperty("steps").GetProperty("export").GetProperty("documents").GetInt32());
        Assert.True(root.GetProperty("steps").TryGetProperty("search", out _), root.GetProperty("steps").ToString());
        Assert.True(root.GetProperty("storeBytes").GetInt64() > 0);
        Assert.Empty(Directory.EnumerateFileSystemEntries(work));
    }

    [Fact]
    public void Bench_FirstIngestSample_StoresTheRestWithoutExtractingAndPrintsTheTable()
    {
        var result = KompassProcess.Run(["bench", "--documents", "3", "--first-ingest-sample", "1", "--source", _workspace.Archive, "--work", Work, .. ArchiveStepsOnly]);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Matches(@"(?m)^first ingest\s+1\s", result.Output);
        Assert.Matches(@"(?m)^store the rest \(no extraction\)\s+2\s", result.Output);
        Assert.Matches(@"(?m)^re-run, archive unchanged\s+3\s", result.Output);
        Assert.Contains("re-run: 3 already known", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_ThroughputMemoryAndStages_PrintTheirRowsWithSaneFigures()
    {
        var work = Work;
        // One sample analysis with a summary table, area sections and question tables: the stage
        // split needs such a report, and one source keeps the run short.
        var source = Directory.CreateDirectory(Path.Combine(_workspace.Folder, "analysis")).FullName;
        File.Copy(Path.Combine(Repository.Root(), "corpus", "archive", "2022", "Kommunkompassen Vännäs 2022.PDF"), Path.Combine(source, "Kommunkompassen Vännäs 2022.PDF"));

        var result = KompassProcess.Run(
            "bench", "--documents", "0", "--throughput-documents", "3", "--throughput-rounds", "2", "--memory-documents", "20", "--stages-repetitions", "1",
            "--source", source, "--work", work, "--format", "json");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        var throughput = root.GetProperty("throughput");
        Assert.Equal(3, throughput.GetProperty("documents").GetInt32());
        Assert.True(throughput.GetProperty("pages").GetInt32() >= 3);
        var runs = throughput.GetProperty("runs").EnumerateArray().Select(r => (r.GetProperty("key").GetString(), r.GetProperty("threads").GetInt32())).ToList();
        Assert.Equal([("pdfpig", 1), ("ingest", 1), ("pdfpig", 2), ("ingest", 2)], runs);
        Assert.All(throughput.GetProperty("runs").EnumerateArray(), r => Assert.True(r.GetProperty("pagesPerSecond").GetDouble() > 0, r.ToString()));
        Assert.All(throughput.GetProperty("runs").EnumerateArray(), r => Assert.True(r.GetProperty("megabytesPerDocument").GetDouble() > 0, r.ToString()));
        Assert.All(throughput.GetProperty("runs").EnumerateArray(), r => Assert.InRange(r.GetProperty("gcPauseShare").GetDouble(), 0, 1));
        Assert.All(throughput.GetProperty("runs").EnumerateArray(), r => Assert.True(r.GetProperty("cpuSeconds").GetDouble() > 0, r.ToString()));
        Assert.All(throughput.GetProperty("runs").EnumerateArray(), r => Assert.True(r.GetProperty("gen0Collections").GetInt32() >= r.GetProperty("gen1Collections").GetInt32(), r.ToString()));
        Assert.Equal(2, throughput.GetProperty("rounds").GetInt32());
        var ratios = throughput.GetProperty("ratio1Rounds").EnumerateArray().Select(r => r.GetDouble()).Order().ToList();
        Assert.Equal(2, ratios.Count);
        // The median of two rounds is the lower one.
        Assert.Equal(ratios[0], throughput.GetProperty("ratio1").GetDouble());
        Assert.True(throughput.GetProperty("ratio1").GetDouble() > 0);
        Assert.True(throughput.GetProperty("ingestSpeedUp").GetDouble() > 0);
        Assert.InRange(throughput.GetProperty("warmUpRounds").GetInt32(), 1, 20);
        Assert.True(throughput.GetProperty("coldRatio").GetDouble() > 0);
        var memory = Assert.Single(root.GetProperty("memory").EnumerateArray());
        Assert.True(memory.GetProperty("documents").GetInt32() >= 15, memory.ToString());
        Assert.Equal(0, memory.GetProperty("exitCode").GetInt32());
        Assert.InRange(memory.GetProperty("peakMegabytes").GetDouble(), 10, 4096);
        var stages = root.GetProperty("stages");
        var keys = stages.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("key").GetString()).ToList();
        Assert.Equal(
            ["hash", "pdfpig", "layout", "lines", "classification", "title", "furniture", "MetadataExtractor", "SummaryTableExtractor",
             "AreaSectionExtractor", "QuestionTableExtractor", "FrameworkExtractor", "OcrNumberReconciliation", "learned-type", "validate", "learned-placement", "findings",
             "learned-themes", "store"],
            keys);
        Assert.InRange(stages.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("percent").GetDouble()), 99, 101);
        Assert.All(stages.GetProperty("rows").EnumerateArray(), r => Assert.True(r.GetProperty("allocatedMegabytes").GetDouble() >= 0, r.ToString()));
        // Reading a PDF allocates: the split is measured, not left at zero.
        Assert.True(stages.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == "pdfpig").GetProperty("allocatedMegabytes").GetDouble() > 0);
        Assert.Empty(Directory.EnumerateFileSystemEntries(work));
    }

    // Ingest reads a scan by OCR and bare PdfPig finds nothing in it: a copy would weigh seconds
    // of OCR against nothing in the throughput ratio.
    [SkippableFact]
    public void Bench_SourceWithAScan_CopiesOnlyTheBornDigitalReportAndCountsTheScan()
    {
        Skip.IfNot(ScannedSampleEvalTests.TesseractInstalled(), "tesseract with Swedish is not installed: apt-get install tesseract-ocr tesseract-ocr-swe");
        var source = Directory.CreateDirectory(Path.Combine(_workspace.Folder, "with-scan")).FullName;
        var archive = Path.Combine(Repository.Root(), "corpus", "archive");
        File.Copy(Path.Combine(archive, "2022", "Kommunkompassen Vännäs 2022.PDF"), Path.Combine(source, "Kommunkompassen Vännäs 2022.PDF"));
        File.Copy(Path.Combine(archive, "Härryda", "Skannat dokument 2013-02-24.pdf"), Path.Combine(source, "Skannat dokument 2013-02-24.pdf"));

        var result = KompassProcess.Run(["bench", "--documents", "2", "--source", source, "--work", Work, "--format", "json", .. ArchiveStepsOnly]);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("readableSources").GetInt32());
        Assert.Equal(1, root.GetProperty("leftOutSources").GetInt32());
        Assert.Equal(1, root.GetProperty("scannedSources").GetInt32());
        Assert.Equal(2, root.GetProperty("firstIngestAdded").GetInt32());
    }

    [Fact]
    public void Bench_NoThroughputRound_IsACommandLineError()
    {
        var result = KompassProcess.Run("bench", "--throughput-rounds", "0", "--work", Work);

        Assert.NotEqual(ExitCodes.Success, result.ExitCode);
        Assert.Contains("--throughput-rounds", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_MemoryDocumentsNotSizes_IsACommandLineError()
    {
        var result = KompassProcess.Run("bench", "--memory-documents", "1000,lots", "--work", Work);

        Assert.NotEqual(ExitCodes.Success, result.ExitCode);
        Assert.Contains("--memory-documents", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_SourceWithoutReadablePdfs_IsAUserError()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_workspace.Folder, "empty")).FullName;

        var result = KompassProcess.Run("bench", "--documents", "3", "--source", empty, "--work", Work);

        Assert.True(result.ExitCode == ExitCodes.UserError, result.ToString());
        Assert.Contains("holds no PDF that kompass can read", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_Help_DescribesTheVerbWithAnExample()
    {
        var result = KompassProcess.Run("bench", "--help");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("kompass bench --documents 200", result.Output, StringComparison.Ordinal);
        Assert.Contains("--first-ingest-sample", result.Output, StringComparison.Ordinal);
    }
}
