using System.Text.Json;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Learning.Tests;

/// <summary>
/// The models shipped in pipelines/models (trained by <c>kompass train</c> on a store of the
/// sample archive): their held-out figures stay above the floors, and a fresh clone can use them.
/// The floors sit a little under the figures measured when they were trained (README, Models).
/// </summary>
public sealed class ShippedModelsTests
{
    [Fact]
    public void Metrics_HeldOutFigures_AboveTheFloors()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(ShippedModels.Folder, "metrics.json")));
        var root = json.RootElement;

        Assert.Equal("kompass-model-metrics/1", root.GetProperty("schema").GetString());
        Assert.True(root.GetProperty("documentType").GetProperty("macroF1").GetDouble() >= 0.65, root.ToString());
        Assert.True(root.GetProperty("documentType").GetProperty("accuracy").GetDouble() >= 0.85, root.ToString());
        Assert.True(root.GetProperty("placement").GetProperty("accuracy").GetDouble() >= 0.95, root.ToString());
        Assert.True(root.GetProperty("themes").GetProperty("accuracy").GetDouble() >= 0.90, root.ToString());
        var second = root.GetProperty("secondToolchain");
        Assert.True(second.GetProperty("placementsRight").GetDouble() / second.GetProperty("findings").GetDouble() >= 0.85, root.ToString());
    }

    [Fact]
    public void Models_AllThreeLoad()
    {
        var sut = ShippedModels.Models;

        Assert.NotNull(sut.DocumentTypes);
        Assert.NotNull(sut.Placement);
        Assert.NotNull(sut.Themes);
    }

    [Theory]
    [InlineData("Medborgarpaneler och e-förslag används inför viktiga beslut i fullmäktige", 1)]
    [InlineData("Inför en lönekartläggning och ett friskvårdsbidrag för alla medarbetare", 6)]
    public void Placement_ClearItem2010_ReadsAsItsArea(string text, int area)
    {
        var reading = ShippedModels.Models.Placement!.Predict(FrameworkRevision.Rev2010, area, text, isStrength: true);

        Assert.Equal(area, reading?.Area);
    }

    [Fact]
    public void Themes_ItemOfArea_IsOneOfItsSubheadings()
    {
        var theme = ShippedModels.Models.Themes!.Predict(FrameworkRevision.Rev2010, 1, "Utveckla medborgardialogen inför viktiga beslut", isStrength: false);

        Assert.Contains(theme!.Label, (string[])["Strategi för demokratiutveckling och information", "Information till medborgare", "Dialog och medborgarmedverkan", "Etik och motverkan av korruption"]);
    }
}
