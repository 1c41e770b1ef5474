using System.CommandLine;
using System.Globalization;
using Kompass.Ingest.Cli.Worker;
using Microsoft.Extensions.Hosting;

namespace Kompass.Ingest.Cli.Commands;

/// <summary>
/// The <c>kompass worker ARCHIVE --db FILE</c> verb: ingests the archive once, then watches its
/// folder tree and ingests new and changed PDFs once they are completely written, with a full
/// pass every rescan interval. The store is open only during a pass. Settings come from
/// <c>appsettings.json</c> (or <c>--config</c>), <c>KOMPASS_</c> environment variables and the
/// flags (see <see cref="WorkerConfiguration"/>). Runs until Ctrl+C or SIGTERM, then exits 0;
/// 2 for an invalid setting, a missing folder or an unusable store.
/// </summary>
public static class WorkerCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var archive = new Argument<DirectoryInfo>("ARCHIVE")
        {
            Description = "The folder tree to ingest and watch.",
        };
        var db = new Option<FileInfo>("--db")
        {
            Description = "The store file (LiteDB); created when missing; open only while a pass runs.",
            HelpName = "FILE",
            Required = true,
        };
        var config = new Option<FileInfo>("--config")
        {
            Description = $"The settings file (JSON, section \"Worker\"); default {WorkerConfiguration.DefaultFile} in the current folder, when there is one.",
            HelpName = "FILE",
        };
        var settle = new Option<double?>("--settle")
        {
            Description = "Seconds without a change before new files are read (Worker:SettleSeconds; default 5, 0.1 to 600).",
            HelpName = "SECONDS",
        };
        var rescan = new Option<double?>("--rescan")
        {
            Description = "Minutes between full passes, for events a network share never sends (Worker:RescanMinutes; default 10, 1 to 10080).",
            HelpName = "MINUTES",
        };
        var workers = new Option<int?>("--workers")
        {
            Description = "Documents read in parallel (Worker:Workers; default 1, 1 to 64).",
            HelpName = "N",
        };

        var command = new Command("worker", Description());
        command.Arguments.Add(archive);
        command.Options.Add(db);
        command.Options.Add(config);
        command.Options.Add(settle);
        command.Options.Add(rescan);
        command.Options.Add(workers);
        // On the thread pool so that Ctrl+C reaches the token (see IngestCommand).
        command.SetAction((parseResult, cancellationToken) =>
        {
            List<(string Key, string Flag, string Value)> flags =
            [
                (Key(nameof(WorkerOptions.Archive)), "ARCHIVE", parseResult.GetRequiredValue(archive).ToString()),
                (Key(nameof(WorkerOptions.Db)), "--db", parseResult.GetRequiredValue(db).ToString()),
            ];
            Add(flags, nameof(WorkerOptions.SettleSeconds), "--settle", parseResult.GetValue(settle));
            Add(flags, nameof(WorkerOptions.RescanMinutes), "--rescan", parseResult.GetValue(rescan));
            Add(flags, nameof(WorkerOptions.Workers), "--workers", parseResult.GetValue(workers));
            return Task.Run(() => Run(parseResult.GetValue(config)?.ToString(), flags, cancellationToken));
        });
        return command;
    }

    private static string Description()
        => "Ingest an archive folder, then watch it: new and changed PDFs are ingested once they have stopped\n"
            + "changing for the settle time, and a full pass runs every rescan interval. The store is open only\n"
            + "during a pass, so kompass serve and kompass correct can use it meanwhile. Settings: appsettings.json\n"
            + "(or --config), overridden by KOMPASS_Worker__NAME environment variables, overridden by the flags.\n"
            + "Stops with Ctrl+C or SIGTERM between two documents.\n"
            + "Example:\n"
            + "  kompass worker /srv/kommunkompassen --db kompass.db --settle 10\n"
            + "Exit codes: 0 stopped; 1 wrong command line; 2 invalid setting, missing folder or unusable store.";

    private static string Key(string property) => $"{WorkerOptions.Section}:{property}";

    private static void Add<T>(List<(string Key, string Flag, string Value)> flags, string property, string flag, T? value)
        where T : struct, IFormattable
    {
        if (value is { } v)
        {
            flags.Add((Key(property), flag, v.ToString(null, CultureInfo.InvariantCulture)));
        }
    }

    private static async Task<int> Run(string? configFile, List<(string Key, string Flag, string Value)> flags, CancellationToken cancellationToken)
    {
        var configuration = WorkerConfiguration.Load(configFile, flags);
        var options = WorkerOptionsBinder.Bind(configuration);
        var outcome = new WorkerOutcome();
        using (var host = WorkerHost.Create(configuration, options, outcome, TimeProvider.System))
        {
            // Returns once the token is cancelled (Ctrl+C, SIGTERM) or the loop failed, after the
            // loop has ended and logged its last line.
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
        }

        outcome.ThrowIfFailed();
        return ExitCodes.Success;
    }
}
