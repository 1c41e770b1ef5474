using System.CommandLine;

namespace Kompass.Ingest.Cli.Commands;

/// <summary>The <c>kompass export</c> verb (being built; see the issue that owns it).</summary>
public static class ExportCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var command = new Command("export", "(not built yet)");
        command.SetAction(_ => ExitCodes.InternalError);
        return command;
    }
}
