using System.Net;
using System.Net.Http.Json;
using Kompass.Ingest.Cli.Composition;
using Kompass.Ingest.Web.Api.Json;

namespace Kompass.Ingest.Web.Tests;

/// <summary>
/// The server holds the store only while it answers: while another program (an ingest) holds it,
/// requests are answered 503 with the store's one line; once it lets go, they are served again.
/// </summary>
public sealed class StoreBusyTests : IAsyncLifetime
{
    private readonly ReviewWorkspace _workspace = new();
    private RunningServer _sut = null!;
    private string _sha = null!;

    public async Task InitializeAsync()
    {
        _sha = _workspace.AddDocument("2016/goteborg.pdf", ReviewWorkspace.Report());
        _sut = await RunningServer.InMemory(_workspace.Scopes);
    }

    public async Task DisposeAsync()
    {
        await _sut.DisposeAsync();
        _workspace.Dispose();
    }

    [Theory]
    [InlineData("/api/queue")]
    [InlineData("/api/documents/{sha}")]
    [InlineData("/api/documents/{sha}/pdf")]
    public async Task Get_WhileAnotherHoldsTheStore_Is503WithOneLine(string template)
    {
        using (PipelineFactory.OpenStore(_workspace.Db))
        {
            using var response = await _sut.Client.GetAsync(new Uri(template.Replace("{sha}", _sha, StringComparison.Ordinal), UriKind.Relative));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            var error = (await response.Content.ReadFromJsonAsync<ErrorJson>())!.Error;
            Assert.Contains("in use by another kompass process", error, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', error);
            Assert.Equal("2", response.Headers.GetValues("Retry-After").Single());
        }

        using var after = await _sut.Client.GetAsync(new Uri("/api/queue", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Server_BetweenRequests_LeavesTheStoreFree()
    {
        using (await _sut.Client.GetAsync(new Uri($"/api/documents/{_sha}", UriKind.Relative)))
        {
        }

        // An ingest (or kompass correct) can open it read-write at once.
        using var store = PipelineFactory.OpenStore(_workspace.Db);
        Assert.NotNull(store.Find(_sha));
    }

    [Fact]
    public async Task Post_WhileAnotherHoldsTheStore_Is503AndStoresNothing()
    {
        using (PipelineFactory.OpenStore(_workspace.Db))
        {
            using var response = await _sut.Post($"/api/documents/{_sha}/corrections", new { field = "areas[4].score", value = "81", reviewer = "Eva", reason = "misread" });

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        }

        Assert.Empty((await _sut.Client.GetFromJsonAsync<List<AuditJson>>(new Uri($"/api/documents/{_sha}/history", UriKind.Relative)))!);
    }
}
