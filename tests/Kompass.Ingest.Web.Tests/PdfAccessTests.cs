using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Kompass.Ingest.Web.Tests;

/// <summary>
/// Only the store names a file: a PDF is served for a known 64-hex hash whose file under a run's
/// root still hashes to it; every other URL (unknown, malformed or path-like) is 404.
/// </summary>
public sealed class PdfAccessTests : IAsyncLifetime
{
    private readonly ReviewWorkspace _workspace = new();
    private RunningServer _sut = null!;
    private string _served = null!;

    public async Task InitializeAsync()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.4 served\n%%EOF\n");
        _workspace.WriteFile("2016/goteborg.pdf", bytes);
        _served = _workspace.AddDocument("2016/goteborg.pdf", ReviewWorkspace.Report(), bytes: bytes);
        _sut = await RunningServer.InMemory(_workspace.Scopes);
    }

    public async Task DisposeAsync()
    {
        await _sut.DisposeAsync();
        _workspace.Dispose();
    }

    [Fact]
    public async Task Pdf_OfAKnownDocument_IsTheFileItWasIngestedFrom()
    {
        using var response = await _sut.Client.GetAsync(new Uri($"/api/documents/{_served}/pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(_served, Convert.ToHexStringLower(SHA256.HashData(await response.Content.ReadAsByteArrayAsync())));
    }

    [Theory]
    [InlineData("/api/documents/{unknown}/pdf")]
    [InlineData("/api/documents/{unknown}")]
    [InlineData("/api/documents/{unknown}/history")]
    [InlineData("/api/documents/{upper}/pdf")]
    [InlineData("/api/documents/{prefix}/pdf")]
    [InlineData("/api/documents/{sha}%0A/pdf")]
    [InlineData("/api/documents/..%2F..%2F..%2Fetc%2Fpasswd/pdf")]
    [InlineData("/api/documents/{sha}%2F..%2F..%2Fkompass.db/pdf")]
    [InlineData("/api/documents/%2Fetc%2Fpasswd/pdf")]
    [InlineData("/api/documents/..%5C..%5Ckompass.db/pdf")]
    [InlineData("/documents/..%2F..%2Fkompass.db")]
    [InlineData("/documents/{upper}")]
    [InlineData("/2016/goteborg.pdf")]
    [InlineData("/archive/2016/goteborg.pdf")]
    [InlineData("/../kompass.db")]
    public async Task Get_AnythingButAKnownHash_Is404(string template)
    {
        var url = template
            .Replace("{unknown}", new string('a', 64), StringComparison.Ordinal)
            .Replace("{upper}", _served.ToUpperInvariant(), StringComparison.Ordinal)
            .Replace("{prefix}", _served[..12], StringComparison.Ordinal)
            .Replace("{sha}", _served, StringComparison.Ordinal);

        using var response = await _sut.Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("%PDF", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdf_WhoseFileChangedSinceIngest_Is404WithTheReason()
    {
        _workspace.WriteFile("2016/goteborg.pdf", Encoding.ASCII.GetBytes("%PDF-1.4 replaced\n%%EOF\n"));

        using var response = await _sut.Client.GetAsync(new Uri($"/api/documents/{_served}/pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("content has changed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdf_WhoseStoredPathLeavesTheArchive_IsNotRead()
    {
        // A file outside the run's root with the right bytes: a stored path "../secret.pdf" must not reach it.
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.4 outside\n%%EOF\n");
        await File.WriteAllBytesAsync(Path.Combine(_workspace.Folder, "secret.pdf"), bytes);
        var sha = _workspace.AddDocument("../secret.pdf", ReviewWorkspace.Report(), bytes: bytes);

        using var response = await _sut.Client.GetAsync(new Uri($"/api/documents/{sha}/pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
