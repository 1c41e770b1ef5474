using Microsoft.Playwright;

namespace Kompass.Ingest.Web.Tests;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright (Playwright's own browser download is not
/// reachable here). Missing Chromium fails the test with what to install; a developer may skip
/// it locally with KOMPASS_SKIP_BROWSER=1, never in CI.
/// </summary>
internal static class Browser
{
    public const string Chromium = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>Skips (locally, when asked) or fails (otherwise) when Chromium is not installed.</summary>
    public static void Require()
    {
        if (File.Exists(Chromium))
        {
            return;
        }

        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        Skip.If(!ci && Environment.GetEnvironmentVariable("KOMPASS_SKIP_BROWSER") == "1", $"KOMPASS_SKIP_BROWSER=1 and no {Chromium}");
        Assert.Fail($"the browser test needs Debian's Chromium at {Chromium}: apt-get install chromium (.ci/run installs it); to skip it on a machine without it, set KOMPASS_SKIP_BROWSER=1");
    }

    public static Task<IBrowser> Launch(IPlaywright playwright)
        => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = Arguments });

    /// <summary>The folder screenshots go to: TestResults/screenshots under the test's output folder.</summary>
    public static string Screenshots()
        => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots")).FullName;
}
