using System.CommandLine;
using System.Globalization;
using Kompass.Ingest.Cli.Composition;
using Kompass.Ingest.Export;
using Kompass.Ingest.Pipeline;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Cli.Commands;

/// <summary>
/// The <c>kompass export --db FILE --format json|csv|parquet --out FILE [--raw]</c> verb: writes everything the
/// store holds as the public contract <c>kompass-export/1</c> (<c>shared/spec/export-v1.md</c>).
/// Also long-format CSV for spreadsheets. The file is replaced whole, never left half-written.
/// </summary>
public static class ExportCommand
{
    private const string Json = "json";
    private const string Csv = "csv";
    private const string Parquet = "parquet";

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var db = new Option<FileInfo>("--db")
        {
            Description = "The store file written by kompass ingest.",
            HelpName = "FILE",
            Required = true,
        };
        var format = new Option<string>("--format")
        {
            Description = "json: the kompass-export/1 contract. csv: long format for spreadsheets, one row per number (UTF-8 with BOM). parquet: the same long format, typed, for notebooks and DuckDB.",
            DefaultValueFactory = _ => Json,
        };
        format.AcceptOnlyFromAmong(Json, Csv, Parquet);
        var output = new Option<FileInfo>("--out")
        {
            Description = "The file to write; replaced whole if it exists.",
            HelpName = "FILE",
            Required = true,
        };
        var raw = new Option<bool>("--raw")
        {
            Description = "Export the values as extracted, without reviewer corrections, and the flags as raised on them (all open).",
        };

        var command = new Command("export", Description());
        command.Options.Add(db);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(raw);
        // On the thread pool so that Ctrl+C reaches the token (see IngestCommand).
        command.SetAction((parseResult, cancellationToken) => Task.Run(() => Run(
            parseResult.GetRequiredValue(db),
            parseResult.GetValue(format) ?? Json,
            parseResult.GetRequiredValue(output),
            parseResult.GetValue(raw),
            parseResult.InvocationConfiguration,
            cancellationToken)));
        return command;
    }

    private static string Description()
        => "Export the store as the public JSON contract kompass-export/1: one object per distinct file\n"
            + "(by SHA-256), ingested or refused, with its areas, questions and flags; or as long-format CSV\n"
            + "(one row per total, area score, national mean and question score/max/percent) for spreadsheets.\n"
            + "Examples:\n"
            + "  kompass export --db kompass.db --format json --out export.json\n"
            + "  kompass export --db kompass.db --format csv --out scores.csv\n"
            + "  kompass export --db kompass.db --format parquet --out scores.parquet\n"
            + "Exit codes: 0 written; 1 wrong command line; 2 missing or unusable store, or --out not writable.";

    private static int Run(FileInfo db, string format, FileInfo output, bool raw, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        using var store = PipelineFactory.OpenStore(db.ToString(), StoreAccess.ReadOnly);
        var count = PipelineFactory.CreateExportRunner(store, TimeProvider.System, raw ? ExportValues.Raw : ExportValues.Effective)
            .WriteFile(output.ToString(), format switch { Csv => ExportFormat.Csv, Parquet => ExportFormat.Parquet, _ => ExportFormat.Json }, cancellationToken);
        var values = raw ? "values as extracted" : "effective values";
        console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Exported {count} documents ({values}) to {output}."));
        return ExitCodes.Success;
    }
}
