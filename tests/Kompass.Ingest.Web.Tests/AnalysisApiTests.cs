using System.Net;
using System.Text.Json;

namespace Kompass.Ingest.Web.Tests;

/// <summary>The analysts' endpoints on <see cref="TrendStore"/>, whose numbers are checked by hand.</summary>
public sealed class AnalysisApiTests : IAsyncLifetime
{
    private readonly ReviewWorkspace _workspace = new();
    private IReadOnlyDictionary<string, string> _sha = null!;
    private RunningServer _sut = null!;

    public async Task InitializeAsync()
    {
        _sha = TrendStore.Fill(_workspace);
        _sut = await RunningServer.InMemory(_workspace.Scopes);
    }

    public async Task DisposeAsync()
    {
        await _sut.DisposeAsync();
        _workspace.Dispose();
    }

    [Fact]
    public async Task Municipality_AnyPrintedName_TheTrendWithChangesWithinARevisionOnly()
    {
        var json = await Get("/api/trends/municipality?name=Kung%C3%A4lvs%20kommun");

        Assert.Equal("1482", json.GetProperty("municipality").GetProperty("code").GetString());
        var evaluations = json.GetProperty("evaluations").EnumerateArray().ToList();
        Assert.Equal([2012, 2016, 2021], evaluations.Select(e => e.GetProperty("year").GetInt32()));
        Assert.Equal([395m, 405m, 410m], evaluations.Select(e => e.GetProperty("total").GetDecimal()));
        Assert.Equal([null, 10m, null], evaluations.Select(e => Nullable(e.GetProperty("totalChange"))));
        Assert.Equal(3, evaluations[1].GetProperty("totalPage").GetInt32());
        var area3 = evaluations[1].GetProperty("areas").EnumerateArray().Single(a => a.GetProperty("number").GetInt32() == 3);
        Assert.Equal(10m, area3.GetProperty("change").GetDecimal());
        Assert.Equal(7, area3.GetProperty("page").GetInt32());
        Assert.Equal(_sha["Kungälv 2016"], evaluations[1].GetProperty("documentSha").GetString());
        var change = Assert.Single(json.GetProperty("revisionChanges").EnumerateArray());
        Assert.Equal(("2010", "2020", 2016, 2021), (change.GetProperty("from").GetString(), change.GetProperty("to").GetString(), change.GetProperty("fromYear").GetInt32(), change.GetProperty("toYear").GetInt32()));
        Assert.False(string.IsNullOrWhiteSpace(change.GetProperty("warning").GetString()));
    }

    [Theory]
    [InlineData("/api/trends/municipality?name=Atlantis", HttpStatusCode.NotFound, "'Atlantis' is not a municipality")]
    [InlineData("/api/trends/municipality", HttpStatusCode.BadRequest, "?name=NAME")]
    [InlineData("/api/trends/area?area=9", HttpStatusCode.BadRequest, "area is a whole number from 1 to 8")]
    [InlineData("/api/trends/area?area=3&from=soon", HttpStatusCode.BadRequest, "from is a whole number")]
    [InlineData("/api/search?q=och", HttpStatusCode.BadRequest, "no word to search for")]
    [InlineData("/api/search?q=dialog&kind=both", HttpStatusCode.BadRequest, "kind is strength or improvement")]
    [InlineData("/api/themes?area=9", HttpStatusCode.BadRequest, "area is a whole number from 1 to 8")]
    public async Task Endpoints_WrongRequest_OneLineError(string url, HttpStatusCode status, string message)
    {
        using var response = await _sut.Client.GetAsync(new Uri(url, UriKind.Relative));
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString()!;

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error);
    }

    [Fact]
    public async Task Area_Period_QuartilesRankingAndMostImproved()
    {
        var json = await Get("/api/trends/area?area=3&from=2012&to=2016");

        var years = json.GetProperty("years").EnumerateArray().ToList();
        Assert.Equal([2012, 2016], years.Select(y => y.GetProperty("year").GetInt32()));
        Assert.Equal([30m, 33.75m, 37.5m, 41.25m, 45m], Numbers(years[0], "min", "q1", "median", "q3", "max"));
        Assert.Equal([55m, 60m, 65m, 67.5m, 70m], Numbers(years[1], "min", "q1", "median", "q3", "max"));
        Assert.Equal(54m, years[1].GetProperty("nationalMean").GetDecimal());
        var ranking = json.GetProperty("ranking").EnumerateArray().ToList();
        Assert.Equal(["Göteborg", "Alingsås", "Kungälv"], ranking.Select(r => r.GetProperty("municipality").GetString()));
        Assert.Equal([1, 2, 3], ranking.Select(r => r.GetProperty("rank").GetInt32()));
        Assert.Equal(_sha["Göteborg 2016"], ranking[0].GetProperty("documentSha").GetString());
        var improved = json.GetProperty("mostImproved").EnumerateArray().ToList();
        Assert.Equal([("Alingsås", 35m), ("Kungälv", 10m)], improved.Select(i => (i.GetProperty("municipality").GetString(), i.GetProperty("change").GetDecimal())));
    }

    [Fact]
    public async Task Search_AWordForm_HitsAndPerYearShares()
    {
        var json = await Get("/api/search?q=medborgardialogen&area=4");

        var hits = json.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal([(2012, "Alingsås"), (2016, "Kungälv")], hits.Select(h => (h.GetProperty("year").GetInt32(), h.GetProperty("municipality").GetString())));
        Assert.Equal([TrendStore.AlingsasStrength, TrendStore.KungalvStrength], hits.Select(h => h.GetProperty("text").GetString()));
        Assert.Equal(14, hits[1].GetProperty("page").GetInt32());
        var years = json.GetProperty("perYear").EnumerateArray().ToList();
        Assert.Equal([(2012, 1, 2), (2016, 1, 3)], years.Select(y => (y.GetProperty("year").GetInt32(), y.GetProperty("evaluations").GetInt32(), y.GetProperty("evaluatedThatYear").GetInt32())));
        Assert.Equal([0.5m, 0.333m], years.Select(y => y.GetProperty("share").GetDecimal()));
    }

    [Fact]
    public async Task Search_HitWithMarkup_CarriedEscaped()
    {
        using var response = await _sut.Client.GetAsync(new Uri("/api/search?q=medborgardialog&municipality=Kung%C3%A4lv", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\\u003Cscript\\u003E", body, StringComparison.Ordinal);
        Assert.Equal(TrendStore.KungalvStrength, Assert.Single(JsonDocument.Parse(body).RootElement.GetProperty("hits").EnumerateArray()).GetProperty("text").GetString());
    }

    [Fact]
    public async Task Search_ThemeWithoutWords_TheItemsOfTheTheme()
    {
        var json = await Get($"/api/search?theme={Uri.EscapeDataString(TrendStore.AlingsasTheme)}&area=4");

        var hit = Assert.Single(json.GetProperty("hits").EnumerateArray());
        Assert.Equal((TrendStore.AlingsasStrength, TrendStore.AlingsasTheme), (hit.GetProperty("text").GetString(), hit.GetProperty("theme").GetString()));
    }

    [Fact]
    public async Task Themes_Area_ItsSubheadingsInEveryRevisionInCatalogOrder()
    {
        var json = await Get("/api/themes?area=4");

        Assert.Equal(4, json.GetProperty("area").GetInt32());
        var themes = json.GetProperty("themes").EnumerateArray().Select(t => (t.GetProperty("revision").GetString(), t.GetProperty("area").GetInt32(), t.GetProperty("theme").GetString())).ToList();
        Assert.All(themes, t => Assert.Equal(4, t.Item2));
        Assert.Equal(["2002", "2010", "2020"], themes.Select(t => t.Item1).Distinct());
        Assert.Contains(("2010", 4, TrendStore.AlingsasTheme), themes);
        Assert.Equal("Strategi för ledarskap, ansvar och delegation", themes.First(t => t.Item1 == "2010").Item3);
    }

    [Fact]
    public async Task Themes_NoArea_EveryAreasSubheadings()
    {
        var json = await Get("/api/themes");

        Assert.Equal(JsonValueKind.Null, json.GetProperty("area").ValueKind);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], json.GetProperty("themes").EnumerateArray().Select(t => t.GetProperty("area").GetInt32()).Distinct().Order());
    }

    private async Task<JsonElement> Get(string url)
    {
        using var response = await _sut.Client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static decimal? Nullable(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDecimal();

    private static decimal[] Numbers(JsonElement e, params string[] names) => [.. names.Select(n => e.GetProperty(n).GetDecimal())];
}
