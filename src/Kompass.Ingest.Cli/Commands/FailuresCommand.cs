using System.CommandLine;
using System.Globalization;
using Kompass.Ingest.Cli.Commands.Analysis;
using Kompass.Ingest.Cli.Composition;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Cli.Commands;

/// <summary>
/// The <c>kompass failures --db FILE</c> verb: every file ingest refused, one line each, sorted by
/// path. Two sources: documents stored as unreadable (their reason is the stored extraction's
/// error) that the latest run of their archive still found, and the files the latest run of each
/// archive could not read or scan at all (never stored: the runs collection keeps them). A refused
/// file is tried again when its bytes change (the store is keyed by SHA-256); an unreadable or
/// unscanned one on every run.
/// </summary>
public static class FailuresCommand
{
    private const string Text = "text";
    private const string Csv = "csv";
    private const int ShaPrefix = 12;

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var db = new Option<FileInfo>("--db") { Description = "The store file written by kompass ingest.", HelpName = "FILE", Required = true };
        var format = new Option<string>("--format") { Description = "text: one line per file; csv: path, kind, sha256, seen, reason.", DefaultValueFactory = _ => Text };
        format.AcceptOnlyFromAmong(Text, Csv);
        var command = new Command("failures", Description()) { db, format };
        command.SetAction((parseResult, _) =>
        {
            using var store = PipelineFactory.OpenStore(parseResult.GetRequiredValue(db).ToString(), StoreAccess.ReadOnly);
            var failures = Failures(store);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(format) == Csv)
            {
                output.Write(CsvText.Write(["path", "kind", "sha256", "seen", "reason"], failures.Select(f => new[] { f.Path, f.Kind, f.Sha256 ?? string.Empty, Timestamp(f.Seen), f.Reason })));
            }
            else if (failures.Count == 0)
            {
                output.WriteLine("no failures");
            }
            else
            {
                foreach (var f in failures)
                {
                    output.WriteLine(f.Sha256 is null
                        ? $"{f.Path}: {f.Reason} ({f.Kind}, not stored; run of {Timestamp(f.Seen)} UTC)"
                        : $"{f.Path}: {f.Reason} (sha256 {f.Sha256[..ShaPrefix]}, first seen {Timestamp(f.Seen)} UTC)");
                }
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static string Description()
        => "Every file ingest refused, with its reason, one line each, sorted by path: documents stored as unreadable\n"
            + "(with a SHA-256 prefix and when first seen) and files the latest run of each archive could not read or scan.\n"
            + "A refused file is tried again when its bytes change; one that could not be read, on every run.\n"
            + "Example:\n"
            + "  kompass failures --db kompass.db --format csv\n"
            + "Exit codes: 0 listed (also when there are none); 1 wrong command line; 2 missing or busy store.";

    private static List<Failure> Failures(IDocumentReader store)
    {
        var runs = store.Runs();
        var started = runs.ToDictionary(r => r.Id, r => r.StartedAt);
        var latest = runs.GroupBy(r => r.Root, StringComparer.Ordinal).Select(g => g.MaxBy(r => r.Id)!).ToList();
        var latestIds = latest.Select(r => r.Id).ToHashSet();

        // A stored unreadable document counts while the latest run of its archive still found it:
        // once its file was replaced by good bytes, or removed, it is no longer a failure.
        var unreadable = store.Documents()
            .Where(d => d.Type == DocumentType.Unreadable && (latestIds.Count == 0 || latestIds.Contains(d.LastSeenRun)))
            .SelectMany(d => d.Paths.Select(p => new Failure(p, "unreadable", d.Sha256, started.GetValueOrDefault(d.FirstSeenRun, d.StoredAt), d.Error ?? "unreadable (no reason stored)")))
            .ToList();
        var stored = unreadable.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var notRead = latest.SelectMany(r =>
            r.Refused.Where(f => !stored.Contains(f.Path)).Select(f => new Failure(f.Path, "not read", null, r.StartedAt, f.Reason))
                .Concat(r.Unscanned.Select(f => new Failure(f.Path, "not scanned", null, r.StartedAt, f.Reason))));
        return unreadable.Concat(notRead)
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ThenBy(f => f.Sha256, StringComparer.Ordinal)
            .ToList();
    }

    private static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private sealed record Failure(string Path, string Kind, string? Sha256, DateTimeOffset Seen, string Reason);
}
