using System.CommandLine;
using System.Globalization;
using System.Text;
using Kompass.Ingest.Cli.Composition;
using Kompass.Ingest.Evaluation;
using Kompass.Ingest.Pipeline.Analysis;
using Kompass.Ingest.Pipeline.Search;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Cli.Commands.Analysis;

/// <summary>
/// The <c>kompass search QUERY</c> verb: full-text search over the strengths and improvements of
/// every report, Swedish-aware (case, å/ä/ö, word forms, compounds that begin with the word),
/// filtered by area, year, municipality and kind, with how often the theme appears per year.
/// </summary>
public static class SearchCommand
{
    private const string Table = "table";
    private const string Csv = "csv";
    private const string Json = "json";

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var text = new Argument<string>("QUERY")
        {
            Description = "The words to find; every one must match (e.g. medborgardialog, \"synpunkter hantering\"). May be left out with --theme.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => string.Empty,
        };
        var db = new Option<FileInfo>("--db") { Description = "The store file written by kompass ingest.", HelpName = "FILE", Required = true };
        var area = new Option<int?>("--area") { Description = "Only this area (1-8).", HelpName = "N" };
        var year = new Option<int?>("--year") { Description = "Only this year.", HelpName = "YYYY" };
        var from = new Option<int?>("--from") { Description = "From this year.", HelpName = "YYYY" };
        var to = new Option<int?>("--to") { Description = "To this year.", HelpName = "YYYY" };
        var municipality = new Option<string>("--municipality") { Description = "Only this municipality: any printed form of its name, or its code.", HelpName = "NAME" };
        var theme = new Option<string>("--theme") { Description = "Only findings of this theme: a subheading (\"Rubrik\") of their area, as the theme model read it; any case, or a part that names one subheading.", HelpName = "RUBRIK" };
        var kind = new Option<string>("--kind") { Description = "Only strengths or only improvements.", HelpName = "KIND" };
        kind.AcceptOnlyFromAmong(FindingRow.StrengthKind, FindingRow.ImprovementKind);
        var perYear = new Option<bool>("--per-year") { Description = "Show only how often the theme appears per year." };
        var format = new Option<string>("--format") { Description = "table: readable; csv: one row per hit (or per year); json: everything.", DefaultValueFactory = _ => Table };
        format.AcceptOnlyFromAmong(Table, Csv, Json);
        var command = new Command("search", Description()) { text, db, area, year, from, to, municipality, theme, kind, perYear, format };
        command.Validators.Add(result =>
        {
            if (result.GetValue(area) is < 1 or > 8)
            {
                result.AddError("--area is an area number, 1 to 8");
            }

            if (string.IsNullOrWhiteSpace(result.GetValue(text)) && string.IsNullOrWhiteSpace(result.GetValue(theme)))
            {
                result.AddError("give the words to search for, or --theme");
            }

            if (result.GetValue(year) is not null && (result.GetValue(from) is not null || result.GetValue(to) is not null))
            {
                result.AddError("give --year or --from/--to, not both");
            }
        });
        command.SetAction((parseResult, _) =>
        {
            var lookup = PipelineFactory.CreateMunicipalityLookup();
            var single = parseResult.GetValue(year);
            var query = new SearchQuery(parseResult.GetRequiredValue(text))
            {
                Area = parseResult.GetValue(area),
                FromYear = single ?? parseResult.GetValue(from),
                ToYear = single ?? parseResult.GetValue(to),
                MunicipalityCode = parseResult.GetValue(municipality) is { } name ? lookup.CodeOf(name) : null,
                Kind = parseResult.GetValue(kind),
                Theme = parseResult.GetValue(theme) is { } named ? ThemeNamed(named) : null,
            };
            using var store = PipelineFactory.OpenStore(parseResult.GetRequiredValue(db).ToString(), StoreAccess.ReadOnly);
            var result = PipelineFactory.CreateAnalysisServices(store).Search.Run(query);
            var years = parseResult.GetValue(perYear);
            parseResult.InvocationConfiguration.Output.Write(parseResult.GetValue(format) switch
            {
                Json => TrendJson.Serialize(years ? (object)result.PerYear : result) + "\n",
                Csv => years ? YearsCsv(result) : HitsCsv(result),
                _ => Render(result, years),
            });
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    // The catalogs' subheading the analyst means: the one equal to it in any case, else the one
    // that contains it; a name that fits none or several is a one-line user error.
    private static string ThemeNamed(string name)
    {
        var themes = PipelineDefinitions.Current.Catalogs.SelectMany(c => c.Areas).SelectMany(a => a.Subheadings).Distinct(StringComparer.Ordinal).ToList();
        var equal = themes.Where(t => string.Equals(t, name.Trim(), StringComparison.CurrentCultureIgnoreCase)).ToList();
        var matching = equal.Count > 0 ? equal : themes.Where(t => t.Contains(name.Trim(), StringComparison.CurrentCultureIgnoreCase)).ToList();
        return matching.Count switch
        {
            1 => matching[0],
            0 => throw new Domain.Guards.UserActionableException($"no area has the subheading '{name}' (the catalogs in pipelines/frameworks list them)"),
            _ => throw new Domain.Guards.UserActionableException($"'{name}' names several subheadings: {string.Join("; ", matching.Take(5))}{(matching.Count > 5 ? " …" : string.Empty)}"),
        };
    }

    private static string Render(SearchResult result, bool perYearOnly)
    {
        var text = new StringBuilder();
        text.Append(result.Terms.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"every finding of the theme: {result.Hits.Count} items\n\n")
            : string.Create(CultureInfo.InvariantCulture, $"\"{result.Query}\" (terms: {string.Join(", ", result.Terms)}): {result.Hits.Count} items\n\n"));
        if (!perYearOnly && result.Hits.Count > 0)
        {
            foreach (var hit in result.Hits)
            {
                var page = hit.Page is { } p ? $", p. {p}" : string.Empty;
                text.Append(CultureInfo.InvariantCulture, $"{hit.Year?.ToString(CultureInfo.InvariantCulture) ?? "?"}  {hit.Municipality}  area {hit.Area} {hit.Kind}  ({hit.DocumentSha[..10]}{page}){(hit.Theme is null ? string.Empty : $"  [{hit.Theme}]")}\n    {hit.Text}\n");
            }

            text.Append('\n');
        }

        text.Append("Per year (evaluations that mention it, against the evaluations of that year in the store):\n");
        text.Append(TextTable.Render(
            ["year", "items", "evaluations", "of", "share"],
            result.PerYear.Select(y => (IReadOnlyList<string>?)[Int(y.Year), Int(y.Hits), Int(y.Evaluations), Int(y.EvaluatedThatYear), y.Share.ToString("P0", CultureInfo.InvariantCulture)]).ToList()));
        return text.ToString();
    }

    private static string HitsCsv(SearchResult result)
        => CsvText.Write(
            ["year", "municipality", "code", "area", "kind", "item", "field", "text", "page", "documentSha", "theme"],
            result.Hits.Select(h => new[] { h.Year is { } y ? Int(y) : string.Empty, h.Municipality, h.Code ?? string.Empty, Int(h.Area), h.Kind, Int(h.Item), h.Field, h.Text, h.Page is { } p ? Int(p) : string.Empty, h.DocumentSha, h.Theme ?? string.Empty }));

    private static string YearsCsv(SearchResult result)
        => CsvText.Write(
            ["year", "items", "evaluations", "evaluatedThatYear", "share"],
            result.PerYear.Select(y => new[] { Int(y.Year), Int(y.Hits), Int(y.Evaluations), Int(y.EvaluatedThatYear), y.Share.ToString(CultureInfo.InvariantCulture) }));

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Description()
        => "Full-text search over the strengths and improvements of every report. Swedish-aware: case, å/ä/ö and word\n"
            + "forms (\"medborgardialogen\" finds \"medborgardialog\"), and compounds that begin with the word (\"synpunkt\" finds\n"
            + "\"synpunktshantering\"); every word must match. Reviewer corrections are applied.\n"
            + "Examples:\n"
            + "  kompass search medborgardialog --db kompass.db\n"
            + "  kompass search synpunktshantering --db kompass.db --area 2 --from 2014 --to 2019 --kind improvement\n"
            + "  kompass search medborgardialog --db kompass.db --per-year --format csv\n"
            + "  kompass search --theme \"Dialog och medborgarmedverkan\" --db kompass.db --per-year\n"
            + "Themes come from the learned theme model at ingest (see kompass train); a store ingested before it has none.\n"
            + "Exit codes: 0 searched; 1 wrong command line; 2 missing store, an unknown municipality, or no word to search for, or a --theme that names no subheading or several.";
}
