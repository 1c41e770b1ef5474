using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kompass.Ingest.Export;

namespace Kompass.Ingest.Learning.Evaluation;

/// <summary>
/// <see cref="ModelMetrics"/> as people read them (<c>metrics.txt</c>, printed by
/// <c>kompass train</c>) and as scripts and tests read them (<c>metrics.json</c>, schema
/// <c>kompass-model-metrics/1</c>). Figures are rounded to four decimals, invariant culture.
/// </summary>
public static class MetricsReport
{
    /// <summary>The JSON's schema name.</summary>
    public const string Schema = "kompass-model-metrics/1";

    /// <summary>The report as text.</summary>
    public static string ToText(ModelMetrics m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var s = m.SecondToolchain;
        var text = new StringBuilder();
        text.Append(Inv($"held out: every document once, {m.Folds} folds by evaluation (municipality and year), seed {m.Seed}\n"));
        text.Append(Inv($"document type: macro-F1 {m.DocumentTypes.MacroF1:0.000}, accuracy {m.DocumentTypes.Accuracy:0.000} ({m.Documents} documents)\n"));
        text.Append(Indent(m.DocumentTypes.ToText()));
        foreach (var (path, expected, predicted) in m.DocumentTypeMistakes)
        {
            text.Append(Inv($"  wrong: {path}: {ContractNames.Of(expected)} read as {(predicted is { } p ? ContractNames.Of(p) : "nothing")}\n"));
        }

        text.Append(Inv($"placement: accuracy {m.Placement.Accuracy:0.000} ({m.Findings} strengths and improvements; the area printed is the label)\n"));
        text.Append(Inv($"placement doubts (held out, as ingest would flag them; not taught as printed): {m.Doubted.Count}\n"));
        foreach (var d in m.Doubted)
        {
            text.Append(Inv($"  area {d.Finding.Area} -> {d.Reading.Area} (p {d.Reading.Probability:0.00}, printed area {d.Reading.PrintedAreaProbability:0.000}, {d.Finding.Toolchain}, {d.Finding.Sha256[..10]}): {d.Finding.Text}\n"));
        }

        text.Append(Inv($"themes: accuracy {m.Themes.Accuracy:0.000} ({m.ThemedFindings} findings whose words name a subheading of their area)\n"));
        text.Append(s.Toolchains.Count == 0
            ? Inv($"second toolchain: none (every document was written by {m.MainToolchain})\n")
            : Inv($"second toolchain ({string.Join(", ", s.Toolchains)}; main: {m.MainToolchain}): document type {s.DocumentTypesRight}/{s.Documents}, placement {s.PlacementsRight}/{s.Findings}, themes {s.ThemesRight}/{s.ThemedFindings}\n"));
        return text.ToString();
    }

    /// <summary>The report as JSON.</summary>
    public static string ToJson(ModelMetrics m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var s = m.SecondToolchain;
        var json = new JsonObject
        {
            ["schema"] = Schema,
            ["seed"] = m.Seed,
            ["folds"] = m.Folds,
            ["documentType"] = new JsonObject
            {
                ["documents"] = m.Documents,
                ["macroF1"] = Round(m.DocumentTypes.MacroF1),
                ["accuracy"] = Round(m.DocumentTypes.Accuracy),
                ["confusion"] = Matrix(m.DocumentTypes),
                ["mistakes"] = new JsonArray([.. m.DocumentTypeMistakes.Select(x => (JsonNode?)new JsonObject
                {
                    ["path"] = x.Path,
                    ["expected"] = ContractNames.Of(x.Expected),
                    ["predicted"] = x.Predicted is { } p ? ContractNames.Of(p) : null,
                })]),
            },
            ["placement"] = new JsonObject { ["findings"] = m.Findings, ["accuracy"] = Round(m.Placement.Accuracy), ["confusion"] = Matrix(m.Placement) },
            ["placementDoubts"] = new JsonArray([.. m.Doubted.Select(d => (JsonNode?)new JsonObject
            {
                ["sha256"] = d.Finding.Sha256,
                ["area"] = d.Finding.Area,
                ["readAs"] = d.Reading.Area,
                ["probability"] = Round(d.Reading.Probability),
                ["printedAreaProbability"] = Round(d.Reading.PrintedAreaProbability),
                ["text"] = d.Finding.Text,
            })]),
            ["themes"] = new JsonObject { ["findings"] = m.ThemedFindings, ["accuracy"] = Round(m.Themes.Accuracy) },
            ["secondToolchain"] = new JsonObject
            {
                ["main"] = m.MainToolchain,
                ["toolchains"] = new JsonArray([.. s.Toolchains.Select(t => (JsonNode?)t)]),
                ["documents"] = s.Documents,
                ["documentTypesRight"] = s.DocumentTypesRight,
                ["findings"] = s.Findings,
                ["placementsRight"] = s.PlacementsRight,
                ["themedFindings"] = s.ThemedFindings,
                ["themesRight"] = s.ThemesRight,
            },
        };
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static JsonObject Matrix(ConfusionMatrix matrix) => new()
    {
        ["classes"] = new JsonArray([.. matrix.Classes.Select(c => (JsonNode?)c)]),
        ["counts"] = new JsonArray([.. matrix.Counts.Select(r => (JsonNode?)new JsonArray([.. r.Select(n => (JsonNode?)n)]))]),
    };

    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    private static string Indent(string text) => string.Concat(text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => "  " + l + "\n"));

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
