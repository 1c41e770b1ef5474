using System.CommandLine;

namespace Kompass.Ingest.Cli.Commands;

/// <summary>The <c>kompass corpus</c> verb (being built; see the issue that owns it).</summary>
public static class CorpusCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var command = new Command("corpus", "(not built yet)");
        command.SetAction(_ => ExitCodes.InternalError);
        return command;
    }
}
