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

        var workers = new Option<int>("--workers")
        {
            Description = $"Documents read and extracted at the same time (1-{IngestOptions.MaxWorkers}); default: the core count ({Environment.ProcessorCount} here).",
            HelpName = "N",
            DefaultValueFactory = _ => IngestOptions.Default.Workers,
        };
        var timeout = new Option<double>("--timeout")
        {
            Description = $"Seconds one document may take to read and extract; a document over it is refused as unreadable (\"timed out\") and the run goes on. Default {IngestOptions.DefaultDocumentTimeout.TotalSeconds:0}.",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => IngestOptions.DefaultDocumentTimeout.TotalSeconds,
        };

        var command = new Command("ingest", Description());
        command.Arguments.Add(archive);
        command.Options.Add(db);
        command.Options.Add(reextract);
        command.Options.Add(workers);
        command.Options.Add(timeout);
        // On the thread pool on purpose: System.CommandLine installs its Ctrl+C handler (which
        // cancels the token) only once the action has returned its task, so a run on the calling
        // thread could not be cancelled, only killed.
        command.SetAction((parseResult, cancellationToken) => Task.Run(() => Run(
            parseResult.GetRequiredValue(archive),
            parseResult.GetRequiredValue(db),
            parseResult.GetValue(reextract),
            new IngestOptions { Workers = parseResult.GetValue(workers), DocumentTimeout = Seconds(parseResult.GetValue(timeout)) },
            parseResult.InvocationConfiguration,
            cancellationToken)));
        return command;
    }

    private static string Description()
        => "Ingest an archive folder into the store: each PDF is fingerprinted (SHA-256), read, classified and\n"
            + "extracted once; a known file at a new path adds the path; every file that cannot be read is listed\n"
            + "with the reason. Documents stored by an older extractor version (the code's, or the pipelines/\n"
            + "definitions') are extracted again; --reextract does so for all. Reviewer corrections are kept.\n"
            + "Documents are read in parallel (--workers); one taking longer than --timeout is refused.\n"
            + "Safe to stop with Ctrl+C and to run again: it continues where it stopped. Other kompass\n"
            + "commands and the review server can use the store meanwhile: it is held only while writing.\n"
            + "Example:\n"
            + "  kompass ingest corpus/archive --db kompass.db\n"
            + "Exit codes: 0 done (also when files were refused); 2 missing archive or unusable store; 130 cancelled.";

    // On Ctrl+C the workers and the writer stop between documents (or inside the reader), the
    // summary is printed and the exit code is 130; System.CommandLine waits for that.
    private static int Run(DirectoryInfo archive, FileInfo db, bool reextract, IngestOptions options, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        options = options.Validated();

        // Checked before the store is opened, so that a mistyped folder creates no store file.
        ArchiveScanner.EnsureFolder(archive.FullName);
        var store = PipelineFactory.SharedStore(db.ToString());
        console.Error.WriteLine($"kompass ingest: {archive} into {db} ({options.Workers} workers)");
        var runner = PipelineFactory.CreateIngestRunner(store, TimeProvider.System, options, PipelineFactory.OcrCacheBeside(db.ToString()));
        var summary = IngestProgressView.Run(console, progress => runner.Run(archive.FullName, progress, cancellationToken, reextract));

        console.Output.Write(IngestSummaryText.Summary(summary));
        return summary.Cancelled ? ExitCodes.Cancelled : ExitCodes.Success;
    }

    // NaN and infinities fail the options' check as out of range, with its message.
    private static TimeSpan Seconds(double seconds)
        => double.IsFinite(seconds) && seconds is > 0 and <= 3600 ? TimeSpan.FromSeconds(seconds) : TimeSpan.Zero;
}
