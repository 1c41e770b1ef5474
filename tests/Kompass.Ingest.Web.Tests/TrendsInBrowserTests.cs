using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Kompass.Ingest.Web.Tests;

/// <summary>
/// The analysts' pages in a real browser on <see cref="TrendStore"/>: the municipality page draws
/// the API's totals against the national mean, broken at the revision change, and the spider of
/// the latest evaluation; a number opens its document at its page; the search page marks the
/// words in text that holds markup without running it, and a theme chosen in its form narrows the
/// hits; the trend page lists an area's findings of a theme across the years. Screenshots go to
/// TestResults/screenshots.
/// </summary>
public sealed class TrendsInBrowserTests(ITestOutputHelper output) : IDisposable
{
    private readonly ReviewWorkspace _workspace = new();
    private readonly List<string> _pageErrors = [];

    public void Dispose() => _workspace.Dispose();

    [SkippableFact]
    public async Task Pages_MunicipalityTrendsAndSearch_ShowTheApisNumbers()
    {
        Browser.Require();
        var clock = Stopwatch.StartNew();
        var sha = TrendStore.Fill(_workspace);
        await using var server = await RunningServer.OnLoopback(_workspace.Scopes);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.Launch(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        page.PageError += (_, error) => _pageErrors.Add(error);
        page.Console += (_, message) =>
        {
            // A violation of the content security policy is only a console error; the document
            // page's PDF is 404 by design (the test documents have no file).
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                _pageErrors.Add(message.Text);
            }
        };

        // The municipality: the chart's series are the API's numbers, with a gap at the revision change.
        var api = JsonDocument.Parse(await server.Client.GetStringAsync(new Uri("/api/trends/municipality?name=Kung%C3%A4lv", UriKind.Relative))).RootElement;
        var totals = api.GetProperty("evaluations").EnumerateArray().Select(e => e.GetProperty("total").GetDecimal()).ToList();
        await page.GotoAsync($"{server.Address}municipality.html?name=Kung%C3%A4lv");
        await Ready(page);
        await Expect(page.Locator("#heading")).ToHaveTextAsync("Kungälv (1482)");
        var line = await Chart(page, "total-chart");
        Assert.Equal(["2012", "2016", "revision 2010 → 2020", "2021"], line.Labels);
        Assert.Equal("Total", line.Series[0].Label);
        Assert.Equal([395m, 405m, null, 410m], line.Series[0].Data);
        Assert.Equal(totals, line.Series[0].Data.OfType<decimal>());
        Assert.Equal("National mean", line.Series[1].Label);
        Assert.Equal([432m, 432m, null, 432m], line.Series[1].Data);
        await Expect(page.Locator("#revisions li")).ToContainTextAsync("2016 → 2021: revision 2010 → 2020.");
        var spider = await Chart(page, "spider-chart");
        Assert.Equal(8, spider.Labels.Count);
        Assert.Equal([50m, 50m, 60m, 50m, 50m, 50m, 50m, 50m], spider.Series[0].Data);
        var rows = page.Locator("#evaluations tbody tr");
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(rows.Nth(1).Locator("td").Nth(3)).ToContainTextAsync("405 Δ+10");
        await Shoot(page, "municipality.png");

        // A number opens its document with that value chosen, at its page.
        await rows.Nth(1).Locator("td").Nth(3).Locator("a").ClickAsync();
        await page.WaitForURLAsync(new Regex($"/documents/{sha["Kungälv 2016"]}\\?field=total&page=3$"));
        await Ready(page);
        await Expect(page.Locator("#field")).ToHaveTextAsync("total");
        await Expect(page.Locator("#value")).ToHaveValueAsync("405");

        // The area's overview.
        await page.GotoAsync($"{server.Address}trends.html?area=3&from=2012&to=2016");
        await Ready(page);
        await Expect(page.Locator("#ranking tbody tr")).ToHaveCountAsync(3);
        await Expect(page.Locator("#ranking tbody tr").First).ToContainTextAsync("Göteborg");
        await Expect(page.Locator("#improved tbody tr").First).ToContainTextAsync("+35");
        var years = await Chart(page, "years-chart");
        Assert.Equal([37.5m, 65m], years.Series.Single(s => s.Label == "Median").Data);
        await Shoot(page, "trends.png");

        // Search: the words marked, the markup shown as text and never run.
        await page.GotoAsync($"{server.Address}search.html?q=medborgardialog");
        await Ready(page);
        var hits = page.Locator("#hits li");
        await Expect(hits).ToHaveCountAsync(2);
        await Expect(hits.Nth(1).Locator(".hit-text")).ToHaveTextAsync(TrendStore.KungalvStrength);
        await Expect(hits.Nth(1).Locator("mark")).ToHaveTextAsync("Medborgardialogen");
        await Expect(hits.Nth(0).Locator("mark")).ToHaveTextAsync("medborgardialog");
        Assert.Equal(0, await page.Locator("#hits script").CountAsync());
        Assert.Null(await page.EvaluateAsync<string?>("() => window.__kompassPwned ?? null"));
        var perYear = await Chart(page, "years-chart");
        Assert.Equal(["2012", "2016"], perYear.Labels);
        Assert.Equal([1m, 1m], perYear.Series[0].Data);
        await Shoot(page, "search.png");

        // A theme narrows the words: chosen in the form, the other item goes.
        await page.Locator("select[name='theme']").SelectOptionAsync(TrendStore.KungalvTheme);
        await page.Locator("#pick button[type='submit']").ClickAsync();
        await Ready(page);
        await Expect(hits).ToHaveCountAsync(1);
        await Expect(hits.First.Locator(".hit-text")).ToHaveTextAsync(TrendStore.KungalvStrength);
        await Expect(hits.First.Locator(".hit-theme")).ToHaveTextAsync($" · {TrendStore.KungalvTheme}");
        Assert.Contains("theme=", page.Url, StringComparison.Ordinal);

        // The trends page: an area's findings of a theme across the years, chosen among the area's subheadings.
        await page.GotoAsync($"{server.Address}trends.html?area=4");
        await Ready(page);
        await Expect(page.Locator("#theme-findings")).ToBeHiddenAsync();
        var themeOptions = await page.Locator("select[name='theme'] option").AllTextContentsAsync();
        Assert.Contains(TrendStore.AlingsasTheme, themeOptions);
        Assert.Contains("Digitalisering", themeOptions); // area 4 of the 2020 revision
        Assert.DoesNotContain("Rekrytering", themeOptions); // area 6's
        await page.Locator("select[name='theme']").SelectOptionAsync(TrendStore.AlingsasTheme);
        await page.Locator("#pick button[type='submit']").ClickAsync();
        await Ready(page);
        await Expect(page.Locator("#theme-findings")).ToBeVisibleAsync();
        await Expect(page.Locator("#theme-hits li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#theme-hits li .hit-text")).ToHaveTextAsync(TrendStore.AlingsasStrength);
        var themeYears = await Chart(page, "theme-chart");
        Assert.Equal(["2012"], themeYears.Labels);
        Assert.Equal([1m], themeYears.Series[0].Data);
        await Shoot(page, "trends-theme.png");

        Assert.Empty(_pageErrors);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"browser test: {clock.Elapsed.TotalSeconds:0.0} s"));
    }

    private static Task Ready(IPage page) => Expect(page.Locator("body[data-ready='true']")).ToHaveCountAsync(1);

    // What Chart.js holds for the canvas: its labels and each dataset's label and numbers.
    private static async Task<Drawn> Chart(IPage page, string canvas)
    {
        var json = await page.EvaluateAsync<string>(
            "id => { const c = Chart.getChart(document.getElementById(id)); return JSON.stringify({ labels: c.data.labels, series: c.data.datasets.map(d => ({ label: d.label, data: d.data })) }); }",
            canvas);
        var root = JsonDocument.Parse(json).RootElement;
        return new Drawn(
            [.. root.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!)],
            [.. root.GetProperty("series").EnumerateArray().Select(s => new Series(
                s.GetProperty("label").GetString()!,
                [.. s.GetProperty("data").EnumerateArray().Select(d => d.ValueKind == JsonValueKind.Null ? (decimal?)null : d.GetDecimal())]))]);
    }

    private async Task Shoot(IPage page, string name)
    {
        var path = Path.Combine(Browser.Screenshots(), name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
    }

    private sealed record Drawn(List<string> Labels, List<Series> Series);

    private sealed record Series(string Label, List<decimal?> Data);
}
