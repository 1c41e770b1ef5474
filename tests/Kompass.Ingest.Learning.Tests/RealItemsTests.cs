using System.Text.Json;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Learning.Data;
using Kompass.Ingest.Learning.Evaluation;

namespace Kompass.Ingest.Learning.Tests;

/// <summary>
/// The shipped models on the hand-labelled items of a real report (corpus/real-items, copied
/// beside the tests), which no model is trained on: the figure that says whether the models
/// learned the areas or the generator's words. The floors are the figures measured when the
/// shipped models were trained (README, Learned models), so a retraining that reads real text
/// worse fails here.
/// </summary>
public sealed class RealItemsTests
{
    private const int PlacementFloor = 53;

    private const int ThemeFloor = 42;

    private static readonly Lazy<LabelledItemSet> Items = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "real-items", "vallentuna-2017.tsv");
        var items = LabelledItemsParser.Parse(File.ReadAllText(path), out var error) ?? throw new InvalidOperationException(error);
        return new LabelledItemSet(Path.GetFileName(path), items);
    });

    [Fact]
    public void Fixture_EveryItemOfTheReport_LabelledWithItsCatalogsAreasAndThemes()
    {
        var sut = Items.Value.Items;
        var subheadings = Subheadings2010();

        Assert.Equal(82, sut.Count);
        Assert.All(sut, i => Assert.Equal(FrameworkRevision.Rev2010, i.Revision));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], sut.Select(i => i.Area).Distinct().Order());
        Assert.All(sut.Where(i => i.Theme is not null), i => Assert.Contains(i.Theme!, subheadings[i.Area]));
    }

    [Fact]
    public void ShippedModels_RealItems_AboveTheFloorsAndAsTheMetricsSay()
    {
        var sut = RealItemEvaluator.Evaluate(ShippedModels.Models, Items.Value);

        Assert.True(sut.PlacementsRight >= PlacementFloor, MetricsText(sut));
        Assert.True(sut.ThemesRight >= ThemeFloor, MetricsText(sut));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(ShippedModels.Folder, "metrics.json")));
        var recorded = json.RootElement.GetProperty("realItems");
        Assert.Equal(sut.Items, recorded.GetProperty("items").GetInt32());
        Assert.Equal(sut.PlacementsRight, recorded.GetProperty("placementsRight").GetInt32());
        Assert.Equal(sut.ThemesRight, recorded.GetProperty("themesRight").GetInt32());
    }

    private static string MetricsText(RealItemMetrics metrics)
        => string.Join("\n", metrics.PlacementMistakes.Select(m => $"{m.Item.Area} -> {m.ReadAs}: {m.Item.Text}"));

    // The catalog's subheadings read straight from its JSON: the catalog reader lives in the CLI.
    private static Dictionary<int, string[]> Subheadings2010()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "pipelines", "frameworks", "2010.json")));
        return json.RootElement.GetProperty("areas").EnumerateArray().ToDictionary(
            a => a.GetProperty("number").GetInt32(),
            a => a.GetProperty("subheadings").EnumerateArray().Select(s => s.GetString()!).ToArray());
    }
}
