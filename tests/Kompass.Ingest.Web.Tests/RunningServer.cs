using System.Net.Http.Json;
using Kompass.Ingest.Web.Api.Json;
using Kompass.Ingest.Web.Hosting;
using Kompass.Ingest.Web.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Kompass.Ingest.Web.Tests;

/// <summary>
/// The review server as <c>kompass serve</c> builds it, started either on ASP.NET Core's
/// in-memory test server (endpoint tests) or on Kestrel at a free loopback port (the browser).
/// </summary>
internal sealed class RunningServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningServer(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    /// <summary>A client whose base address is the server.</summary>
    public HttpClient Client { get; }

    /// <summary>The server's address, e.g. http://127.0.0.1:40123/.</summary>
    public Uri Address => Client.BaseAddress!;

    public static async Task<RunningServer> InMemory(ReviewScopeFactory scopes)
    {
        var app = ReviewServer.Create(new ReviewServerOptions(), scopes, host => host.UseTestServer());
        await app.StartAsync();
        return new RunningServer(app, app.GetTestClient());
    }

    public static async Task<RunningServer> OnLoopback(ReviewScopeFactory scopes, string urls = "http://127.0.0.1:0")
    {
        var app = ReviewServer.Create(new ReviewServerOptions { Urls = urls }, scopes);
        await app.StartAsync();
        var port = new Uri(app.Urls.First()).Port;
        return new RunningServer(app, new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") });
    }

    /// <summary>The anti-forgery token and its cookie, as a page gets them from /api/session.</summary>
    public async Task<(SessionJson Session, string Cookie)> Session()
    {
        using var response = await Client.GetAsync(new Uri("/api/session", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(ReviewServer.AntiforgeryCookie, StringComparison.Ordinal));
        return ((await response.Content.ReadFromJsonAsync<SessionJson>())!, cookie.Split(';')[0]);
    }

    /// <summary>POSTs JSON with the token and its cookie, as the pages do; or without them.</summary>
    public async Task<HttpResponseMessage> Post(string url, object body, bool withToken = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = JsonContent.Create(body) };
        if (withToken)
        {
            var (session, cookie) = await Session();
            request.Headers.Add(session.HeaderName, session.Token);
            request.Headers.Add("Cookie", cookie);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
