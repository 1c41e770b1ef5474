using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Kompass.Ingest.Cli.Bench;

/// <summary>
/// The throughput, memory and per-stage parts of <c>kompass bench</c>'s output, as text and as
/// JSON (for <see cref="BenchReportFormatter"/>). Each part is left out when it was skipped.
/// </summary>
internal static class BenchMeasuresFormatter
{
    /// <summary>The issue's bounds the figures are read against.</summary>
    private const double MaxRatio = 2.0;

    private const double MaxPeakMegabytes = 400;

    public static void WriteText(StringBuilder text, BenchResult result)
    {
        if (result.Throughput is { } throughput)
        {
            text.AppendLine();
            text.AppendLine(Invariant($"throughput: {throughput.Documents} documents, {throughput.Pages} pages, median run of {throughput.Rounds.Count} round(s) (ratio = our wall time / bare PdfPig's with as many threads in the same round, median; at most {MaxRatio:0.0} wanted)"));
            text.AppendLine(Invariant($"{"reader",-40} {"threads",7} {"seconds",9} {"docs/s",9} {"pages/s",9} {"ratio",6} {"MB/doc",7} {"GC pause",8} {"GCs 0/1/2",10} {"CPU/wall",8}"));
            foreach (var run in throughput.Runs)
            {
                var ratio = run.Key == ThroughputRun.IngestKey ? throughput.Ratio(run.Threads) : null;
                var collections = Invariant($"{run.Collections.Gen0}/{run.Collections.Gen1}/{run.Collections.Gen2}");
                text.AppendLine(Invariant($"{Label(run),-40} {run.Threads,7} {run.Elapsed.TotalSeconds,9:0.000} {run.DocumentsPerSecond,9:0.0} {run.PagesPerSecond,9:0.0} {Ratio(ratio),6} {run.MegabytesPerDocument,7:0.0} {run.GcPauseShare,8:0%} {collections,10} {run.CpuShare,8:0.00}"));
            }

            text.AppendLine(Invariant($"ratio in each round: 1 thread {string.Join(" ", throughput.RoundRatios(1).Select(Ratio))}; 2 threads {string.Join(" ", throughput.RoundRatios(2).Select(Ratio))}"));

            text.AppendLine(Invariant($"speed-up 1 → 2 threads: our ingest {Times(throughput.SpeedUp(ThroughputRun.IngestKey))}, bare PdfPig {Times(throughput.SpeedUp(ThroughputRun.BareKey))}"));
            var settled = throughput.JitSettled
                ? Invariant($"until one compiled fewer than {ThroughputBench.SettledCompilations} methods")
                : Invariant($"and the JIT had not settled: the last still compiled {ThroughputBench.SettledCompilations} methods or more");
            text.AppendLine(Invariant($"warm-up: {throughput.WarmUpRounds} unmeasured round(s) of both readers, {settled}"));
            if (throughput.Cold.Count > 0)
            {
                var cold = string.Join(", ", throughput.Cold.Select(r => Invariant($"{(r.Key == ThroughputRun.BareKey ? "bare PdfPig" : "our ingest")} {r.Elapsed.TotalSeconds:0.000} s")));
                text.AppendLine(Invariant($"cold (the first round: a fresh process, 2 threads, the JIT compiling): {cold}, ratio {Ratio(throughput.ColdRatio)}"));
            }
        }

        if (result.Memory.Count > 0)
        {
            text.AppendLine();
            text.AppendLine(Invariant($"peak memory of a child `kompass ingest` (VmHWM; under {MaxPeakMegabytes:0} MB and flat in the archive's size wanted)"));
            text.AppendLine(Invariant($"{"documents",9} {"generated",9} {"peak MiB",9} {"seconds",9} {"docs/s",9} {"exit",5}"));
            foreach (var run in result.Memory)
            {
                text.AppendLine(Invariant($"{run.Documents,9} {run.Generated,9} {(run.PeakMegabytes is { } mb ? mb.ToString("0.0", CultureInfo.InvariantCulture) : "?"),9} {run.Elapsed.TotalSeconds,9:0.0} {run.DocumentsPerSecond,9:0.0} {run.ExitCode,5}"));
            }
        }

        if (result.Stages is { } stages)
        {
            text.AppendLine();
            text.AppendLine(Invariant($"where the time goes: {stages.Document} ({stages.Pages} pages), median of {stages.Repetitions} repetition(s)"));
            text.AppendLine(Invariant($"{"stage",-36} {"ms",9} {"%",6} {"MB",7}"));
            foreach (var stage in stages.Stages)
            {
                text.AppendLine(Invariant($"{stage.Label,-36} {stage.Median.TotalMilliseconds,9:0.00} {stages.Percent(stage),6:0.0} {stage.AllocatedMegabytes,7:0.00}"));
            }

            text.AppendLine(Invariant($"{"total (sum of medians)",-36} {stages.Total.TotalMilliseconds,9:0.00} {100,6:0.0} {stages.AllocatedMegabytes,7:0.00}"));
        }

        if (result.Machine is { } machine)
        {
            text.AppendLine();
            text.AppendLine(Invariant($"machine: {machine.Cores} cores; load average (1/5/15 min) {machine.LoadAtStart ?? "?"} at the start, {machine.LoadAtEnd ?? "?"} at the end"));
        }
    }

    public static void WriteJson(Utf8JsonWriter json, BenchResult result)
    {
        if (result.Throughput is { } throughput)
        {
            json.WriteStartObject("throughput");
            json.WriteNumber("documents", throughput.Documents);
            json.WriteNumber("pages", throughput.Pages);
            json.WriteStartArray("runs");
            foreach (var run in throughput.Runs)
            {
                json.WriteStartObject();
                json.WriteString("key", run.Key);
                json.WriteNumber("threads", run.Threads);
                json.WriteNumber("seconds", Math.Round(run.Elapsed.TotalSeconds, 4));
                json.WriteNumber("documentsPerSecond", Math.Round(run.DocumentsPerSecond, 2));
                json.WriteNumber("pagesPerSecond", Math.Round(run.PagesPerSecond, 2));
                json.WriteNumber("megabytesPerDocument", Math.Round(run.MegabytesPerDocument, 2));
                json.WriteNumber("gcPauseShare", Math.Round(run.GcPauseShare, 4));
                json.WriteNumber("cpuSeconds", Math.Round(run.Cpu.TotalSeconds, 4));
                json.WriteNumber("gen0Collections", run.Collections.Gen0);
                json.WriteNumber("gen1Collections", run.Collections.Gen1);
                json.WriteNumber("gen2Collections", run.Collections.Gen2);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("rounds", throughput.Rounds.Count);
            Number(json, "ratio1", throughput.Ratio(1));
            Number(json, "ratio2", throughput.Ratio(2));
            Numbers(json, "ratio1Rounds", throughput.RoundRatios(1));
            Numbers(json, "ratio2Rounds", throughput.RoundRatios(2));
            Number(json, "ingestSpeedUp", throughput.SpeedUp(ThroughputRun.IngestKey));
            Number(json, "pdfPigSpeedUp", throughput.SpeedUp(ThroughputRun.BareKey));
            json.WriteNumber("warmUpRounds", throughput.WarmUpRounds);
            json.WriteBoolean("jitSettled", throughput.JitSettled);
            Number(json, "coldRatio", throughput.ColdRatio);
            json.WriteEndObject();
        }

        json.WriteStartArray("memory");
        foreach (var run in result.Memory)
        {
            json.WriteStartObject();
            json.WriteNumber("documents", run.Documents);
            json.WriteNumber("generated", run.Generated);
            Number(json, "peakMegabytes", run.PeakMegabytes);
            json.WriteNumber("seconds", Math.Round(run.Elapsed.TotalSeconds, 3));
            json.WriteNumber("exitCode", run.ExitCode);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (result.Stages is { } stages)
        {
            json.WriteStartObject("stages");
            json.WriteString("document", stages.Document);
            json.WriteNumber("pages", stages.Pages);
            json.WriteNumber("repetitions", stages.Repetitions);
            json.WriteNumber("totalMilliseconds", Math.Round(stages.Total.TotalMilliseconds, 3));
            json.WriteStartArray("rows");
            foreach (var stage in stages.Stages)
            {
                json.WriteStartObject();
                json.WriteString("key", stage.Key);
                json.WriteString("label", stage.Label);
                json.WriteNumber("milliseconds", Math.Round(stage.Median.TotalMilliseconds, 3));
                json.WriteNumber("percent", Math.Round(stages.Percent(stage), 2));
                json.WriteNumber("allocatedMegabytes", Math.Round(stage.AllocatedMegabytes, 3));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        if (result.Machine is { } machine)
        {
            json.WriteStartObject("machine");
            json.WriteNumber("cores", machine.Cores);
            json.WriteString("loadAtStart", machine.LoadAtStart);
            json.WriteString("loadAtEnd", machine.LoadAtEnd);
            json.WriteEndObject();
        }
    }

    private static string Label(ThroughputRun run) => run.Key == ThroughputRun.BareKey
        ? "bare PdfPig (Open, GetWords per page)"
        : "our ingest (hash … store)";

    private static string Ratio(double? ratio) => ratio is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) : "—";

    private static string Times(double? speedUp) => speedUp is { } x ? Invariant($"{x:0.00}×") : "—";

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, Math.Round(v, 3));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Numbers(Utf8JsonWriter json, string name, IEnumerable<double?> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            if (value is { } v)
            {
                json.WriteNumberValue(Math.Round(v, 3));
            }
            else
            {
                json.WriteNullValue();
            }
        }

        json.WriteEndArray();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
