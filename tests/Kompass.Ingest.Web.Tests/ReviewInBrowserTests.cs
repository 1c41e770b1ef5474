using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Kompass.Ingest.Domain.Reports;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Kompass.Ingest.Web.Tests;

/// <summary>
/// A reviewer's round in a real browser: the queue, a flagged sample report with its evidence
/// highlighted on the rendered page, a correction that resolves the flag, a re-extraction of the
/// whole archive while the server keeps running, and the correction still in force after it.
/// Document text with markup never runs. Screenshots go to TestResults/screenshots.
/// </summary>
public sealed partial class ReviewInBrowserTests(ITestOutputHelper output) : IDisposable
{
    private const string Kungalv = "2016/kungälv-kommunkompassen-2016.pdf";

    private readonly ReviewWorkspace _workspace = new();
    private readonly List<string> _dialogs = [];
    private readonly List<string> _pageErrors = [];

    public void Dispose() => _workspace.Dispose();

    [SkippableFact]
    public async Task Review_CorrectAFlaggedScore_TheCorrectionOutlivesAReextraction()
    {
        Browser.Require();
        var clock = Stopwatch.StartNew();
        _workspace.CopySamples(Kungalv, "Kalix kommun/Analys 2015.PDF", "Aneby kommun/Kommunkompassen 2019.pdf");
        Assert.Equal(3, _workspace.Ingest().Added);
        Flag hostileFlag = new(FlagCodes.LowTextQuality, FlagSeverity.Info, null, null, $"the title reads {HostileText.Image}", []);
        var hostile = _workspace.AddDocument("hostile/report.pdf", ReviewWorkspace.Report(title: HostileText.Script, strength: HostileText.Image), [hostileFlag]);
        await using var server = await RunningServer.OnLoopback(_workspace.Scopes);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.Launch(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        page.Dialog += (_, dialog) =>
        {
            _dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        page.PageError += (_, error) => _pageErrors.Add(error);

        // The queue: move to the Kungälv row with j, open it with Enter.
        await page.GotoAsync(server.Address.ToString());
        await Ready(page);
        var rows = page.Locator("#flags tbody tr");
        await Expect(rows).ToHaveCountAsync(7);
        await Shoot(page, "queue.png");
        var index = await page.EvalOnSelectorAllAsync<int>("#flags tbody tr", "rows => rows.findIndex(r => r.cells[1].textContent === 'question-sum-mismatch' && r.cells[2].textContent === 'Kungälv')");
        Assert.True(index >= 0, "no question-sum-mismatch row for Kungälv");
        for (var i = 0; i < index; i++)
        {
            await page.Keyboard.PressAsync("j");
        }

        await Expect(rows.Nth(index)).ToHaveClassAsync(new Regex("selected"));
        await page.Keyboard.PressAsync("Enter");

        // The document: the page rendered with the evidence boxed, the area's score ready to edit.
        await page.WaitForURLAsync(new Regex("/documents/[0-9a-f]{64}\\?flag=[0-9a-f]{10}$"));
        var documentUrl = page.Url;
        await Ready(page);
        await ExpectFlag(page, "question-sum-mismatch", "open");
        await Expect(page.Locator("#page-frame[data-rendered] canvas")).ToBeVisibleAsync();
        Assert.True(await page.Locator("#page-frame .highlight").CountAsync() > 0, "no evidence box highlighted");
        await Expect(page.Locator("#field")).ToHaveTextAsync("areas[3].score");
        var message = await page.Locator("#flag-message").TextContentAsync();
        var rowsSum = RowsAddUpTo().Match(message!).Groups[1].Value;
        Assert.NotEqual(rowsSum, await page.Locator("#value").InputValueAsync());
        await Shoot(page, "document.png");

        // n/p walk the queue.
        await page.Keyboard.PressAsync("p");
        await page.WaitForURLAsync(url => url != documentUrl);
        await Ready(page);
        await page.Keyboard.PressAsync("n");
        await page.WaitForURLAsync(documentUrl);
        await Ready(page);
        await ExpectFlag(page, "question-sum-mismatch", "open");

        // e, type, Enter: the name is asked once, then the reason; the next open flag opens.
        await page.Keyboard.PressAsync("e");
        await page.Locator("#value").FillAsync(rowsSum);
        await page.Keyboard.PressAsync("Enter");
        await Answer(page, "Your name", "Test Reviewer");
        await Answer(page, "Why set areas[3].score", "the total row was misread");
        await page.WaitForURLAsync(url => url != documentUrl);
        await Ready(page);
        await Expect(page.Locator("#notice")).ToContainTextAsync("resolved question-sum-mismatch");

        await page.GotoAsync(documentUrl);
        await Ready(page);
        await ExpectCorrected(page, rowsSum);

        // Extract the whole archive again while the server runs, then reload.
        var again = _workspace.Ingest(reextractAll: true);
        Assert.Equal(3, again.Reextracted);
        await page.ReloadAsync();
        await Ready(page);
        await ExpectCorrected(page, rowsSum);
        await Shoot(page, "document-corrected.png");

        // Text with markup shows as text and runs nothing.
        await page.GotoAsync($"{server.Address}documents/{hostile}");
        await Ready(page);
        await Expect(page.Locator("#flag-message")).ToHaveTextAsync($"the title reads {HostileText.Image}");
        await page.Locator("#area").SelectOptionAsync("doc");
        await Expect(page.Locator("#values tr[data-field='title'] td.value")).ToHaveTextAsync(HostileText.Script);
        await page.Locator("#area").SelectOptionAsync("4");
        await Expect(page.Locator("#values tr[data-field='areas[4].strengths[1]'] td.value")).ToHaveTextAsync(HostileText.Image);
        await Expect(page.Locator("#page-message")).ToContainTextAsync("The PDF cannot be shown");
        Assert.Null(await page.EvaluateAsync<string?>("() => window.__kompassPwned ?? null"));
        Assert.Equal(0, await page.Locator("#values img, #doc-flags img, #flag-message img, script:not([src])").CountAsync());

        Assert.Empty(_dialogs);
        Assert.Empty(_pageErrors);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"browser test: {clock.Elapsed.TotalSeconds:0.0} s"));
    }

    // The page has loaded its data and bound its keys.
    private static Task Ready(IPage page) => Expect(page.Locator("body[data-ready='true']")).ToHaveCountAsync(1);

    private static async Task ExpectFlag(IPage page, string code, string status)
    {
        await Expect(page.Locator("#flag-code")).ToHaveTextAsync(code);
        await Expect(page.Locator("#flag-status")).ToHaveTextAsync(status);
    }

    private static async Task ExpectCorrected(IPage page, string value)
    {
        await ExpectFlag(page, "question-sum-mismatch", "resolved");
        var row = page.Locator("#values tr[data-field='areas[3].score']");
        await Expect(row).ToHaveClassAsync(new Regex("corrected"));
        await Expect(row.Locator("td.value")).ToHaveTextAsync(value);
        await Expect(page.Locator("#history tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#history tbody tr").First).ToContainTextAsync("Test Reviewer");
        await Expect(page.Locator("#history tbody tr").First).ToContainTextAsync("the total row was misread");
    }

    private static async Task Answer(IPage page, string question, string text)
    {
        var dialog = page.Locator("dialog#ask[open]");
        await Expect(dialog.Locator("label")).ToContainTextAsync(question);
        await dialog.Locator("input").FillAsync(text);
        await page.Keyboard.PressAsync("Enter");
    }

    private async Task Shoot(IPage page, string name)
    {
        var path = Path.Combine(Browser.Screenshots(), name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        output.WriteLine($"screenshot: {path}");
    }

    [GeneratedRegex(@"rows add up to (\d+)")]
    private static partial Regex RowsAddUpTo();
}
