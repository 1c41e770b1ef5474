using System.CommandLine;
using Kompass.Ingest.Cli;
using Kompass.Ingest.Cli.Commands;
using Kompass.Ingest.Cli.Commands.Analysis;
using Kompass.Ingest.Cli.Commands.Review;
using Kompass.Ingest.Domain.Guards;

// The composition root of every kompass verb: each *Command class builds its verb and wires
// the stages it needs; this file only lists them and turns failures into exit codes.
var root = new RootCommand("kompass: ingest, review and analyse the KommunKompassen report archive.")
{
    IngestCommand.Create(),
    FailuresCommand.Create(),
    ExportCommand.Create(),
    EvalCommand.Create(),
    TablesCommand.Create(),
    CorpusCommand.Create(),
    BenchCommand.Create(),
    FlagsCommand.Create(),
    ShowCommand.Create(),
    CorrectCommand.Create(),
    DismissCommand.Create(),
    UndoCommand.Create(),
    HistoryCommand.Create(),
    TrendsCommand.Create(),
    SearchCommand.Create(),
    ServeCommand.Create(),
    WorkerCommand.Create(),
    TrainCommand.Create(),
};

try
{
    // Ctrl+C cancels the verb's token; System.CommandLine then waits this long for the verb to
    // stop on its own (ingest finishes the document in flight and prints its summary) before it
    // ends the process. Its default of two seconds is shorter than one large report's extraction.
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration
    {
        EnableDefaultExceptionHandler = false,
        ProcessTerminationTimeout = TimeSpan.FromSeconds(30),
    });
}
catch (UserActionableException e)
{
    await Console.Error.WriteLineAsync($"kompass: {e.Message}");
    return ExitCodes.UserError;
}
catch (OperationCanceledException)
{
    await Console.Error.WriteLineAsync("kompass: cancelled; everything stored so far is complete.");
    return ExitCodes.Cancelled;
}
#pragma warning disable CA1031 // The process edge: a bug is reported in full, never swallowed silently.
catch (Exception e)
#pragma warning restore CA1031
{
    await Console.Error.WriteLineAsync($"kompass: internal error (a bug, please report it):{Environment.NewLine}{e}");
    return ExitCodes.InternalError;
}
