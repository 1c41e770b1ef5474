using System.CommandLine;
using Kompass.Ingest.Cli;
using Kompass.Ingest.Cli.Commands;
using Kompass.Ingest.Domain.Guards;

// The composition root of every kompass verb: each *Command class builds its verb and wires
// the stages it needs; this file only lists them and turns failures into exit codes.
var root = new RootCommand("kompass: ingest, review and analyse the KommunKompassen report archive.")
{
    IngestCommand.Create(),
    ExportCommand.Create(),
    EvalCommand.Create(),
    CorpusCommand.Create(),
};

try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
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
