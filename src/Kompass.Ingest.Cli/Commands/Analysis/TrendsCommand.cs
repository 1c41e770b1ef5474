using System.CommandLine;
using Kompass.Ingest.Cli.Composition;
using Kompass.Ingest.Pipeline.Analysis;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Cli.Commands.Analysis;

/// <summary>
/// The <c>kompass trends</c> verb. With <c>--municipality NAME</c>: one municipality over time,
/// its eight areas and total at each evaluation against the national mean printed at the time,
/// with the change since the previous evaluation. With <c>--area N</c>: one area across
/// municipalities, its distribution per year, a ranking and the largest improvements. Reviewer
/// corrections are applied, open flags shown beside the numbers they touch, and revision changes
/// marked, never subtracted across.
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
            Description = "One municipality or region over time: any printed form of its name (\"Göteborgs stad\", \"Region Gotland\") or its code.",
            HelpName = "NAME",
        };
        var area = new Option<int?>("--area") { Description = "One area (1-8) across municipalities: distribution per year, ranking, most improved.", HelpName = "N" };
        var year = new Option<int?>("--year") { Description = "With --area: only this year (same as --from Y --to Y); with --spider: the evaluation to draw.", HelpName = "YYYY" };
        var from = new Option<int?>("--from") { Description = "With --area: the first year of the period.", HelpName = "YYYY" };
        var to = new Option<int?>("--to") { Description = "With --area: the last year of the period.", HelpName = "YYYY" };
        var top = new Option<int>("--top") { Description = "With --area: how many rows of most improved.", DefaultValueFactory = _ => 10 };
        var chart = new Option<FileInfo>("--chart") { Description = "With --municipality: draw the total per evaluation against the national mean (.png or .svg).", HelpName = "FILE" };
        var spider = new Option<FileInfo>("--spider")
        {
            Description = "With --municipality: draw the report's spider chart, eight areas against the national mean, of the latest evaluation or of --year (.png or .svg).",
            HelpName = "FILE",
        };
        var format = new Option<string>("--format")
        {
            Description = "table: readable; csv: one row per number (--area: the ranking); json: the documented shapes (README, Trends).",
            DefaultValueFactory = _ => Table,
        };
        format.AcceptOnlyFromAmong(Table, Csv, Json);

        var command = new Command("trends", Description()) { db, municipality, area, year, from, to, top, format, chart, spider };
        command.Validators.Add(result =>
        {
            var hasMunicipality = result.GetValue(municipality) is not null;
            var areaNumber = result.GetValue(area);
            if (hasMunicipality == areaNumber.HasValue)
            {
                result.AddError("give either --municipality NAME or --area N");
            }
            else if (areaNumber is < 1 or > 8)
            {
                result.AddError("--area is an area number, 1 to 8");
            }
            else if (areaNumber is not null && (result.GetValue(chart) is not null || result.GetValue(spider) is not null))
            {
                result.AddError("--chart and --spider draw one municipality: give --municipality NAME");
            }
            else if (result.GetValue(year) is not null && (result.GetValue(from) is not null || result.GetValue(to) is not null))
            {
                result.AddError("give --year or --from/--to, not both");
            }
        });
        foreach (var picture in new[] { chart, spider })
        {
            picture.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<FileInfo?>() is { } file && file.Extension.ToLowerInvariant() is not ".png" and not ".svg")
                {
                    result.AddError($"{picture.Name} {file.Name}: a chart is a .png or .svg file");
                }
            });
        }

        command.SetAction((parseResult, _) =>
        {
            using var store = PipelineFactory.OpenStore(parseResult.GetRequiredValue(db).ToString(), StoreAccess.ReadOnly);
            var analysis = PipelineFactory.CreateAnalysisServices(store);
            var lookup = analysis.Municipalities;
            var output = parseResult.InvocationConfiguration.Output;
            var chosen = parseResult.GetValue(format);
            if (parseResult.GetValue(municipality) is { } name)
            {
                var code = lookup.CodeOf(name);
                var trend = analysis.Trends.Run(new TrendMunicipality(lookup.NameOf(code) ?? code, code), analysis.Evaluations.Load(code));
                output.Write(chosen switch
                {
                    Json => TrendJson.Serialize(trend) + "\n",
                    Csv => TrendCsv.Write(trend),
                    _ => TrendTable.Render(trend),
                });
                if (parseResult.GetValue(chart) is { } chartFile)
                {
                    TrendCharts.SaveTrend(trend, chartFile.FullName);
                    parseResult.InvocationConfiguration.Error.WriteLine($"Drew {chartFile}.");
                }

                if (parseResult.GetValue(spider) is { } spiderFile)
                {
                    TrendCharts.SaveSpider(trend, parseResult.GetValue(year), spiderFile.FullName);
                    parseResult.InvocationConfiguration.Error.WriteLine($"Drew {spiderFile}.");
                }
            }
            else
            {
                var single = parseResult.GetValue(year);
                var number = parseResult.GetValue(area)!.Value;
                var overview = analysis.Areas.Run(
                    number, single ?? parseResult.GetValue(from), single ?? parseResult.GetValue(to), analysis.Evaluations.LoadArea(number), parseResult.GetValue(top));
                output.Write(chosen switch
                {
                    Json => TrendJson.Serialize(overview) + "\n",
                    Csv => AreaOverviewText.Csv(overview),
                    _ => AreaOverviewText.Render(overview),
                });
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static string Description()
        => "How municipalities develop, in one command. Reviewer corrections are applied; open warning and error flags\n"
            + "are marked beside the numbers they touch; a change of framework revision is marked and never subtracted across\n"
            + "(the crosswalk relates the areas).\n"
            + "  --municipality NAME: its eight areas and total at each evaluation against the national mean printed at the\n"
            + "    time, with the change since the previous evaluation.\n"
            + "  --area N: the area across municipalities: distribution per year (median, quartiles), ranking in a year or\n"
            + "    period, who improved most between evaluations.\n"
            + "Examples:\n"
            + "  kompass trends --db kompass.db --municipality Kungälv\n"
            + "  kompass trends --db kompass.db --municipality \"Göteborgs stad\" --format json\n"
            + "  kompass trends --db kompass.db --area 3 --from 2014 --to 2019\n"
            + "  kompass trends --db kompass.db --municipality Kungälv --chart kungalv.svg --spider kungalv-2018.png --year 2018\n"
            + "Exit codes: 0 shown; 1 wrong command line; 2 missing store or an unknown municipality.";
}
