using System.Net;
using System.Net.Http.Json;
using Kompass.Ingest.Web.Api.Json;
using Kompass.Ingest.Web.Hosting;

namespace Kompass.Ingest.Web.Tests;

/// <summary>Every write needs the anti-forgery token of /api/session with its cookie; without it, 400 and nothing is stored.</summary>
public sealed class AntiforgeryTests : IAsyncLifetime
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
    [InlineData("/api/documents/{sha}/corrections")]
    [InlineData("/api/documents/{sha}/undo")]
    [InlineData("/api/flags/{flag}/dismiss")]
    [InlineData("/api/flags/{flag}/reopen")]
    public async Task Post_WithoutToken_Is400AndStoresNothing(string template)
    {
        var flag = await FlagId();
        var url = template.Replace("{sha}", _sha, StringComparison.Ordinal).Replace("{flag}", flag, StringComparison.Ordinal);

        using var response = await _sut.Post(url, new { field = "areas[4].score", value = "81", reviewer = "Eva", reason = "misread" }, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(AntiforgeryCheck.Message, (await response.Content.ReadFromJsonAsync<ErrorJson>())!.Error);
        Assert.Empty(await History());
    }

    [Fact]
    public async Task Post_WithATokenButNotItsCookie_Is400()
    {
        var (session, _) = await _sut.Session();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/documents/{_sha}/corrections", UriKind.Relative))
        {
            Content = JsonContent.Create(new { field = "areas[4].score", value = "81", reviewer = "Eva", reason = "misread" }),
        };
        request.Headers.Add(session.HeaderName, session.Token);

        using var response = await _sut.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await History());
    }

    [Fact]
    public async Task Post_WithToken_CorrectsAndResolvesTheFlag()
    {
        using var response = await _sut.Post($"/api/documents/{_sha}/corrections", new { field = "areas[4].score", value = "81", reviewer = "Eva", reason = "the summary was misread" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcome = (await response.Content.ReadFromJsonAsync<CorrectionJson>())!;
        Assert.Equal(("76", "81"), (outcome.OldValue, outcome.NewValue));
        Assert.Equal("summary-section-mismatch", Assert.Single(outcome.Resolved).Code);
        var entry = Assert.Single(await History());
        Assert.Equal(("Eva", "correct", "the summary was misread"), (entry.Reviewer, entry.Action, entry.Reason));
    }

    [Fact]
    public async Task Post_AMistake_Is400WithTheServicesLineAndStoresNothing()
    {
        using var response = await _sut.Post($"/api/documents/{_sha}/corrections", new { field = "areas[4].score", value = "åttioett", reviewer = "Eva", reason = "typo" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<ErrorJson>())!.Error;
        Assert.Contains("not a number", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error);
        Assert.Empty(await History());
    }

    [Fact]
    public async Task DismissThenUndo_WithToken_ReopensTheFlag()
    {
        var flag = await FlagId();

        using var dismissed = await _sut.Post($"/api/flags/{flag}/dismiss", new { reviewer = "Eva", reason = "printed values accepted" });
        using var undone = await _sut.Post($"/api/documents/{_sha}/undo", new { reviewer = "Eva", reason = "undo" });

        Assert.Equal("dismissed", (await dismissed.Content.ReadFromJsonAsync<FlagJson>())!.Status);
        Assert.Equal("reopen", (await undone.Content.ReadFromJsonAsync<AuditJson>())!.Action);
        Assert.Equal(["dismiss", "reopen"], (await History()).Select(e => e.Action));
    }

    private async Task<string> FlagId()
        => (await _sut.Client.GetFromJsonAsync<DocumentJson>(new Uri($"/api/documents/{_sha}", UriKind.Relative)))!.Flags.Single().Id;

    private async Task<List<AuditJson>> History()
        => (await _sut.Client.GetFromJsonAsync<List<AuditJson>>(new Uri($"/api/documents/{_sha}/history", UriKind.Relative)))!;
}
