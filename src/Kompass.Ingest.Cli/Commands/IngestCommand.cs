using System.CommandLine;
using Kompass.Ingest.Cli.Composition;
using Kompass.Ingest.Pipeline;

namespace Kompass.Ingest.Cli.Commands;

/// <summary>
/// The <c>kompass ingest ARCHIVE --db FILE</c> verb: walks the archive, stores every new document
/// once (by SHA-256), adds new paths of known ones, and lists every file it could not read.
/// Progress goes to standard error, one line per document; the summary to standard output.
/// Exits 0 when the run completed, even when files were refused; 2 for a missing archive or an
/// unusable store; 130 when cancelled with Ctrl+C (what was stored is complete).
/// </summary>
public static class IngestCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var archive = new Argument<DirectoryInfo>("ARCHIVE")
        {
            Description = "The folder tree to ingest: every PDF in it and below it (by .pdf extension or %PDF content).",
        };
        var db = new Option<FileInfo>("--db")
        {
            Description = "The store file (LiteDB); created when missing. Ingesting into it again skips what it holds.",
            HelpName = "FILE",
            Required = true,
        };

        var reextract = new Option<bool>("--reextract")
        {
            Description = "Extract every document again, also those stored by the current extractor version (by default only those of an older version are).",
        };

        var command = new Command("ingest", Description());
        command.Arguments.Add(archive);
        command.Options.Add(db);
        command.Options.Add(reextract);
        // On the thread pool on purpose: System.CommandLine installs its Ctrl+C handler (which
        // cancels the token) only once the action has returned its task, so a run on the calling
        // thread could not be cancelled, only killed.
        command.SetAction((parseResult, cancellationToken) => Task.Run(() => Run(
            parseResult.GetRequiredValue(archive),
            parseResult.GetRequiredValue(db),
            parseResult.GetValue(reextract),
            parseResult.InvocationConfiguration,
            cancellationToken)));
        return command;
    }

    private static string Description()
        => "Ingest an archive folder into the store: each PDF is fingerprinted (SHA-256), read, classified and\n"
            + "extracted once; a known file at a new path adds the path; every file that cannot be read is listed\n"
            + "with the reason. Documents stored by an older extractor version (the code's, or the pipelines/\n"
            + "definitions') are extracted again; --reextract does so for all. Reviewer corrections are kept.\n"
            + "Safe to stop with Ctrl+C and to run again: it continues where it stopped.\n"
            + "Example:\n"
            + "  kompass ingest corpus/archive --db kompass.db\n"
            + "Exit codes: 0 done (also when files were refused); 2 missing archive or unusable store; 130 cancelled.";

    // Every change gets a line; documents already stored only every KnownHeartbeat-th, so that
    // re-running over a large unchanged archive says it is alive without printing (and waiting
    // for) a line each.
    private const int KnownHeartbeat = 500;

    private static bool IsWorthALine(IngestProgress p)
        => p.Outcome != IngestOutcome.AlreadyKnown || p.Index % KnownHeartbeat == 0 || p.Index == p.Total;

    // On Ctrl+C the runner stops between two documents (or inside the reader), the summary is
    // printed and the exit code is 130; System.CommandLine waits two seconds for that.
    private static int Run(DirectoryInfo archive, FileInfo db, bool reextract, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        // Checked before the store is opened, so that a mistyped folder creates no store file.
        ArchiveScanner.EnsureFolder(archive.FullName);
        using var store = PipelineFactory.OpenStore(db.ToString());
        console.Error.WriteLine($"kompass ingest: {archive} into {db}");
        var progress = new SynchronousProgress<IngestProgress>(p =>
        {
            if (IsWorthALine(p))
            {
                console.Error.WriteLine(IngestSummaryText.ProgressLine(p));
            }
        });

        var summary = PipelineFactory.CreateIngestRunner(store, TimeProvider.System).Run(archive.FullName, progress, cancellationToken, reextract);

        console.Output.Write(IngestSummaryText.Summary(summary));
        return summary.Cancelled ? ExitCodes.Cancelled : ExitCodes.Success;
    }
}
