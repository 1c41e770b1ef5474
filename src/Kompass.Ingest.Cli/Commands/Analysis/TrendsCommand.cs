using System.CommandLine;
using Kompass.Ingest.Cli.Composition;
using Kompass.Ingest.Pipeline.Analysis;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Cli.Commands.Analysis;

/// <summary>
/// The <c>kompass trends</c> verb: one municipality over time (<c>--municipality NAME</c>), its
/// eight areas and total at each evaluation against the national mean printed at the time, with
/// the change since the previous evaluation; reviewer corrections applied, open flags shown beside
/// the numbers they touch, revision changes marked with the crosswalk.
/// </summary>
public static class TrendsCommand
{
    private const string Table = "table";
    private const string Csv = "csv";
    private const string Json = "json";

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var db = new Option<FileInfo>("--db") { Description = "The store file written by kompass ingest.", HelpName = "FILE", Required = true };
        var municipality = new Option<string>("--municipality")
        {
            Description = "The municipality or region: any printed form of its name (\"Göteborgs stad\", \"Region Gotland\") or its code.",
            HelpName = "NAME",
            Required = true,
        };
        var format = new Option<string>("--format")
        {
            Description = "table: readable; csv: one row per number; json: the documented shape (README, Trends).",
            DefaultValueFactory = _ => Table,
        };
        format.AcceptOnlyFromAmong(Table, Csv, Json);

        var command = new Command("trends", Description()) { db, municipality, format };
        command.SetAction((parseResult, _) =>
        {
            var lookup = PipelineFactory.CreateMunicipalityLookup();
            var code = lookup.CodeOf(parseResult.GetRequiredValue(municipality));
            var target = new TrendMunicipality(lookup.NameOf(code) ?? code, code);
            using var store = PipelineFactory.OpenStore(parseResult.GetRequiredValue(db).ToString(), StoreAccess.ReadOnly);
            var trend = new MunicipalityTrendQuery(PipelineDefinitions.Current.Crosswalk)
                .Run(target, PipelineFactory.CreateEvaluationSource(store).Load(code));
            var output = parseResult.InvocationConfiguration.Output;
            switch (parseResult.GetValue(format))
            {
                case Json:
                    output.WriteLine(TrendJson.Serialize(trend));
                    break;
                case Csv:
                    output.Write(TrendCsv.Write(trend));
                    break;
                default:
                    output.Write(TrendTable.Render(trend));
                    break;
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static string Description()
        => "How a municipality developed: its eight areas and total at each evaluation against the national mean\n"
            + "printed at the time, with the change since the previous evaluation. Reviewer corrections are applied;\n"
            + "open warning and error flags are marked beside the numbers they touch; a change of framework revision\n"
            + "is marked and never subtracted across (the crosswalk relates the areas).\n"
            + "Examples:\n"
            + "  kompass trends --db kompass.db --municipality Kungälv\n"
            + "  kompass trends --db kompass.db --municipality \"Göteborgs stad\" --format json\n"
            + "Exit codes: 0 shown; 1 wrong command line; 2 missing store or an unknown municipality.";
}
