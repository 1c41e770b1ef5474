using System.CommandLine;
using Kompass.Ingest.Cli.Bench;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Cli.Commands;

/// <summary>
/// The <c>kompass bench</c> verb: measures, on this machine, building a synthetic archive of N
/// distinct PDFs, the first ingest of it, a second ingest of the unchanged archive (the skip path),
/// the store's size per document and the JSON export (<see cref="BenchRunner"/>). Progress goes to
/// standard error, the table (or JSON) to standard output. Exits 0 done; 1 wrong command line;
/// 2 a missing folder or no readable source PDF; 130 cancelled (the work folder is removed).
/// </summary>
public static class BenchCommand
{
    private const string Text = "text";
    private const string Json = "json";

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var documents = new Option<int>("--documents")
        {
            Description = "Documents in the synthetic archive (distinct files: copies of the source PDFs, each with its own hash).",
            HelpName = "N",
            DefaultValueFactory = _ => 5000,
        };
        var source = new Option<DirectoryInfo?>("--source")
        {
            Description = "The folder whose readable PDFs are copied (default: corpus/archive, found above the current folder).",
            HelpName = "DIR",
        };
        var sample = new Option<int?>("--first-ingest-sample")
        {
            Description = "Time the first ingest on the first K documents only and store the rest from their sources' extractions, so that a large archive can be measured in minutes (default: ingest all).",
            HelpName = "K",
        };
        var work = new Option<DirectoryInfo?>("--work")
        {
            Description = "Where to make the bench's temporary folder (default: the system's temporary folder); choose the disk you want to measure.",
            HelpName = "DIR",
        };
        var keep = new Option<bool>("--keep")
        {
            Description = "Keep the temporary folder (archive, store, export) and print its path.",
        };
        var format = new Option<string>("--format")
        {
            Description = "text: a table for people; json: every figure as a number, for scripts.",
            DefaultValueFactory = _ => Text,
        };
        format.AcceptOnlyFromAmong(Text, Json);
        documents.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--documents must be at least 1");
            }
        });
        sample.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--first-ingest-sample must be at least 1");
            }
        });

        var command = new Command("bench", Description());
        command.Options.Add(documents);
        command.Options.Add(source);
        command.Options.Add(sample);
        command.Options.Add(work);
        command.Options.Add(keep);
        command.Options.Add(format);
        // On the thread pool so that Ctrl+C reaches the token (see IngestCommand).
        command.SetAction((parseResult, cancellationToken) => Task.Run(() => Run(
            new BenchOptions
            {
                Documents = parseResult.GetValue(documents),
                Source = SourceFolder(parseResult.GetValue(source)),
                FirstIngestSample = parseResult.GetValue(sample),
                WorkParent = parseResult.GetValue(work)?.FullName,
                Keep = parseResult.GetValue(keep),
            },
            parseResult.GetValue(format) == Json,
            parseResult.InvocationConfiguration,
            cancellationToken)));
        return command;
    }

    private static string Description()
        => "Measure the pipeline on this machine: build a synthetic archive of N distinct PDFs (copies of the\n"
            + "source's readable PDFs, each with a unique comment after %%EOF), ingest it, ingest it again unchanged\n"
            + "(the skip path: scan, hash, look up), and export it; prints the times, documents per second and the\n"
            + "store's size per document. Works in a temporary folder, deleted afterwards unless --keep.\n"
            + "Examples:\n"
            + "  kompass bench --documents 200\n"
            + "  kompass bench --documents 5000 --first-ingest-sample 500 --format json\n"
            + "Exit codes: 0 done; 1 wrong command line; 2 missing folder or no readable PDF in the source; 130 cancelled.";

    private static string SourceFolder(DirectoryInfo? given)
    {
        if (given is null)
        {
            return SampleArchiveLocator.Find(Environment.CurrentDirectory, AppContext.BaseDirectory);
        }

        return given.Exists
            ? given.ToString()
            : throw new UserActionableException($"source folder '{given}' does not exist; give --source DIR with some PDFs");
    }

    private static int Run(BenchOptions options, bool json, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        try
        {
            var result = new BenchRunner(TimeProvider.System).Run(options, console.Error, cancellationToken);
            console.Output.Write(json ? BenchReportFormatter.FormatJson(result) : BenchReportFormatter.FormatText(result));
            return ExitCodes.Success;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.Error.WriteLine(options.Keep ? "kompass bench: cancelled; the work folder is kept." : "kompass bench: cancelled; the work folder is removed.");
            return ExitCodes.Cancelled;
        }
    }
}
