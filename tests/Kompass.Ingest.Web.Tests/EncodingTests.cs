using System.Net;
using System.Text.Json;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Web.Hosting;

namespace Kompass.Ingest.Web.Tests;

/// <summary>
/// Document text reaches the browser only inside JSON strings with the HTML-sensitive characters
/// escaped; the pages are static and hold none of it; and the content security policy forbids
/// inline script even if a page ever slipped.
/// </summary>
public sealed class EncodingTests : IAsyncLifetime
{
    private readonly ReviewWorkspace _workspace = new();
    private RunningServer _sut = null!;
    private string _sha = null!;

    public async Task InitializeAsync()
    {
        var report = ReviewWorkspace.Report(title: HostileText.Script, strength: HostileText.Image);
        Flag hostile = new("low-text-quality", FlagSeverity.Warning, null, null, $"the title reads {HostileText.Image}", []);
        _sha = _workspace.AddDocument("2016/hostile.pdf", report, flags: [hostile]);
        _sut = await RunningServer.InMemory(_workspace.Scopes);
    }

    public async Task DisposeAsync()
    {
        await _sut.DisposeAsync();
        _workspace.Dispose();
    }

    [Theory]
    [InlineData("/api/documents/{sha}")]
    [InlineData("/api/queue")]
    public async Task Json_CarriesTheTextWithItsMarkupEscaped(string template)
    {
        using var response = await _sut.Client.GetAsync(new Uri(template.Replace("{sha}", _sha, StringComparison.Ordinal), UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\\u003Cimg src=x onerror=", body, StringComparison.Ordinal);

        // Decoded, the text is exactly what the document says: escaped for transport, not altered.
        Assert.Contains(Strings(JsonDocument.Parse(body).RootElement), text => text.Contains(HostileText.Image, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Document_KeepsTheTitleAndStrengthAsText()
    {
        var json = JsonDocument.Parse(await _sut.Client.GetStringAsync(new Uri($"/api/documents/{_sha}", UriKind.Relative))).RootElement;
        var values = json.GetProperty("values").EnumerateArray().ToDictionary(v => v.GetProperty("field").GetString()!, v => v.GetProperty("value").GetString());

        Assert.Equal(HostileText.Script, values["title"]);
        Assert.Equal(HostileText.Image, values["areas[4].strengths[1]"]);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/documents/{sha}")]
    [InlineData("/municipality.html?name=G%C3%B6teborg")]
    [InlineData("/trends.html?area=4")]
    [InlineData("/search.html?q=script")]
    public async Task Pages_HoldNoDocumentTextAndForbidInlineScript(string template)
    {
        using var response = await _sut.Client.GetAsync(new Uri(template.Replace("{sha}", _sha, StringComparison.Ordinal), UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("__kompassPwned", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", html, StringComparison.Ordinal);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("script-src 'self';", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Scripts_NeverSetHtmlFromData()
    {
        // The pages build every element with textContent or text nodes; a script that parsed
        // markup would be the one way document text could run.
        var folder = Path.Combine(AppContext.BaseDirectory, "wwwroot", "js");
        foreach (var file in Directory.GetFiles(folder, "*.js"))
        {
            var code = await File.ReadAllTextAsync(file);
            foreach (var sink in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function" })
            {
                Assert.False(code.Contains(sink, StringComparison.Ordinal), $"{Path.GetFileName(file)} uses {sink}");
            }
        }
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };
}
