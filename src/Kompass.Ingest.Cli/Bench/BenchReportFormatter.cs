using System.Globalization;
using System.Text;
using System.Text.Json;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Cli.Bench;

/// <summary>
/// Writes a <see cref="BenchResult"/> as a table for people or as JSON for scripts (seconds,
/// milliseconds and bytes as plain numbers). Invariant culture.
/// </summary>
public static class BenchReportFormatter
{
    /// <summary>The documents issue 4 sets the re-run target for, and the target itself.</summary>
    private const int TargetDocuments = 5000;

    private static readonly TimeSpan TargetRerun = TimeSpan.FromSeconds(2);

    /// <summary>The table, several lines, ending with a newline.</summary>
    public static string FormatText(BenchResult result)
    {
        Guard.NotNull(result);
        var text = new StringBuilder();
        text.AppendLine(Invariant($"kompass bench: {result.Documents} documents, copies of {result.ReadableSources} readable born-digital PDFs of {result.Source} ({result.LeftOutSources} left out, {result.ScannedSources} of them scans), archive {Megabytes(result.ArchiveBytes)}"));
        if (result.Steps.Count > 0)
        {
            ArchiveSteps(text, result);
        }

        BenchMeasuresFormatter.WriteText(text, result);
        if (result.KeptFolder is { } kept)
        {
            text.Append("work folder kept: ").AppendLine(kept);
        }

        return text.ToString();
    }

    private static void ArchiveSteps(StringBuilder text, BenchResult result)
    {
        text.AppendLine();
        text.AppendLine(Invariant($"{"step",-32} {"documents",9} {"seconds",9} {"ms/doc",9} {"docs/s",9}  note"));
        foreach (var step in result.Steps)
        {
            text.AppendLine(Invariant($"{step.Label,-32} {step.Documents,9} {step.Elapsed.TotalSeconds,9:0.000} {step.MillisecondsPerDocument,9:0.000} {step.DocumentsPerSecond,9:0.0}  {step.Note}").TrimEnd());
        }

        text.AppendLine();
        text.AppendLine(Invariant($"first ingest: {result.FirstIngestAdded} added, {result.FirstIngestRefused} refused; re-run: {result.RerunKnown} already known"));
        text.AppendLine(Invariant($"store file: {Megabytes(result.StoreBytes)}, {result.StoreBytesPerDocument / 1024:0.0} KiB per document; JSON export: {Megabytes(result.ExportBytes)}"));
        if (result.Steps.FirstOrDefault(s => s.Key == "rerun") is { } rerun)
        {
            // Below the target's size a linear estimate counts the fixed costs (opening the store,
            // the run's bookkeeping) several times over: an upper bound, and said so.
            text.AppendLine(rerun.Documents == TargetDocuments
                ? Invariant($"re-run of {TargetDocuments} unchanged documents: {rerun.Elapsed.TotalSeconds:0.00} s (target: under {TargetRerun.TotalSeconds:0} s)")
                : Invariant($"re-run of {TargetDocuments} unchanged documents, linear estimate from {rerun.Documents} (an upper bound): {rerun.MillisecondsPerDocument * TargetDocuments / 1000:0.00} s (target: under {TargetRerun.TotalSeconds:0} s)"));
        }
    }

    /// <summary>The JSON object, indented, ending with a newline.</summary>
    public static string FormatJson(BenchResult result)
    {
        Guard.NotNull(result);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("source", result.Source);
            json.WriteNumber("readableSources", result.ReadableSources);
            json.WriteNumber("leftOutSources", result.LeftOutSources);
            json.WriteNumber("scannedSources", result.ScannedSources);
            json.WriteNumber("documents", result.Documents);
            json.WriteNumber("archiveBytes", result.ArchiveBytes);
            json.WriteStartObject("steps");
            foreach (var step in result.Steps)
            {
                json.WriteStartObject(step.Key);
                json.WriteNumber("documents", step.Documents);
                json.WriteNumber("seconds", Math.Round(step.Elapsed.TotalSeconds, 4));
                json.WriteNumber("millisecondsPerDocument", Math.Round(step.MillisecondsPerDocument, 4));
                json.WriteNumber("documentsPerSecond", Math.Round(step.DocumentsPerSecond, 2));
                if (step.Note is { } note)
                {
                    json.WriteString("note", note);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteNumber("firstIngestAdded", result.FirstIngestAdded);
            json.WriteNumber("firstIngestRefused", result.FirstIngestRefused);
            json.WriteNumber("rerunKnown", result.RerunKnown);
            json.WriteNumber("storeBytes", result.StoreBytes);
            json.WriteNumber("storeBytesPerDocument", Math.Round(result.StoreBytesPerDocument, 1));
            json.WriteNumber("exportBytes", result.ExportBytes);
            BenchMeasuresFormatter.WriteJson(json, result);
            if (result.KeptFolder is { } kept)
            {
                json.WriteString("keptFolder", kept);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string Megabytes(long bytes) => Invariant($"{bytes / 1024.0 / 1024.0:0.0} MiB");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
