using System.Globalization;
using System.Text;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline;

/// <summary>
/// The words people read about an ingest run: one progress line per document and the closing
/// summary (counts, then every refused file with its reason, every file not scanned, every new
/// path and every file that is not a document). Invariant culture; no console access.
/// </summary>
public static class IngestSummaryText
{
    /// <summary>One line for one document, e.g. <c>[ 12/340] refused      empty.pdf: empty file (0 bytes)</c>.</summary>
    public static string ProgressLine(IngestProgress progress)
    {
        var width = progress.Total.ToString(CultureInfo.InvariantCulture).Length;
        var position = string.Create(CultureInfo.InvariantCulture, $"[{progress.Index.ToString(CultureInfo.InvariantCulture).PadLeft(width)}/{progress.Total}]");
        var detail = progress.Detail is null ? string.Empty : $": {progress.Detail}";
        return $"{position} {Word(progress.Outcome),-12} {progress.Path}{detail}";
    }

    /// <summary>The closing summary, several lines, ending with a newline.</summary>
    public static string Summary(IngestSummary summary)
    {
        var text = new StringBuilder();
        var seconds = summary.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        var done = summary.Added + summary.Reextracted + summary.AlreadyKnown + summary.Refused.Count;
        text.AppendLine(summary.Cancelled
            ? Invariant($"Ingest run {summary.RunId} was cancelled after {done} of {summary.Seen} documents ({seconds} s); everything stored is complete. Run the same command again to continue.")
            : Invariant($"Ingest run {summary.RunId} done in {seconds} s."));
        Count(text, "documents found", summary.Seen);
        Count(text, "added", summary.Added);
        Count(text, "already known", summary.AlreadyKnown, summary.NewPaths.Count > 0 ? Invariant($" ({summary.NewPaths.Count} at a new path)") : string.Empty);
        if (summary.Reextracted > 0)
        {
            Count(text, "re-extracted", summary.Reextracted, " (new extractor version)");
        }

        Count(text, "refused", summary.Refused.Count);
        Count(text, "not scanned", summary.Unscanned.Count);
        Count(text, "not documents", summary.NotDocuments.Count);
        List(text, "Refused (could not be read)", summary.Refused);
        List(text, "Not scanned", summary.Unscanned);
        List(text, "Known documents at a new path", summary.NewPaths);
        List(text, "Not documents (not PDFs)", summary.NotDocuments);
        List(text, "Corrections that no longer apply (kept in the store, not applied; see the document)", summary.StaleCorrections);
        return text.ToString();
    }

    private static string Word(IngestOutcome outcome) => outcome switch
    {
        IngestOutcome.Added => "added",
        IngestOutcome.Reextracted => "re-extracted",
        IngestOutcome.AlreadyKnown => "known",
        IngestOutcome.KnownAtNewPath => "new path",
        IngestOutcome.Refused => "refused",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    private static void Count(StringBuilder text, string label, int count, string note = "")
        => text.AppendLine(Invariant($"  {label,-16}{count,6}{note}"));

    private static void List(StringBuilder text, string heading, IReadOnlyList<RefusedFile> files)
        => List(text, heading, files.Select(f => $"{f.Path}: {f.Reason}").ToList());

    private static void List(StringBuilder text, string heading, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        text.AppendLine(Invariant($"{heading} ({lines.Count}):"));
        foreach (var line in lines)
        {
            text.Append("  ").AppendLine(line);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
