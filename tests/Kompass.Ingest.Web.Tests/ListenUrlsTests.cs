using System.Net;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Web.Hosting;

namespace Kompass.Ingest.Web.Tests;

/// <summary>Loopback by default; anything else is served with a one-line warning; only http URLs.</summary>
public sealed class ListenUrlsTests
{
    [Theory]
    [InlineData(ListenUrls.Default)]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    [InlineData("http://127.0.0.2:0")]
    [InlineData("http://127.0.0.1:5080;http://[::1]:5080")]
    public void Warning_ForLoopback_IsNone(string urls)
        => Assert.Null(ListenUrls.Warning(ListenUrls.Parse(urls)));

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:5080")]
    [InlineData("http://[::]:5080")]
    [InlineData("http://192.168.1.20:5080")]
    [InlineData("http://review.example:5080")]
    [InlineData("http://127.0.0.1:5080;http://0.0.0.0:5081")]
    public void Warning_ForAnyOtherAddress_IsOneLineNamingIt(string urls)
    {
        var warning = ListenUrls.Warning(ListenUrls.Parse(urls));

        Assert.NotNull(warning);
        Assert.DoesNotContain('\n', warning);
        Assert.Contains("not a loopback address", warning, StringComparison.Ordinal);
        Assert.Contains(":508", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://127.0.0.1:5080", "not an http:// URL")]
    [InlineData("127.0.0.1:5080", "not a URL to listen on")]
    [InlineData("http://127.0.0.1:5080/review", "has a path")]
    [InlineData(" ; ", "empty")]
    public void Parse_WhatCannotBeServed_SaysWhatToGive(string urls, string expected)
        => Assert.Contains(expected, Assert.Throws<UserActionableException>(() => ListenUrls.Parse(urls)).Message, StringComparison.Ordinal);

    [Fact]
    public async Task Server_OnANonLoopbackAddress_ServesAndAcceptsAnyHost()
    {
        using var workspace = new ReviewWorkspace();
        workspace.AddDocument("2016/goteborg.pdf", ReviewWorkspace.Report());
        await using var sut = await RunningServer.OnLoopback(workspace.Scopes, "http://0.0.0.0:0");

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/queue", UriKind.Relative));
        request.Headers.Host = "review.example";
        using var response = await sut.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Server_OnLoopback_RefusesAForeignHostName()
    {
        // A page elsewhere that rebinds its own name to 127.0.0.1 still sends its own name.
        using var workspace = new ReviewWorkspace();
        await using var sut = await RunningServer.OnLoopback(workspace.Scopes);

        using var foreign = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        foreign.Headers.Host = "rebound.example";
        using var refused = await sut.Client.SendAsync(foreign);
        using var local = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        local.Headers.Host = $"localhost:{sut.Address.Port}";
        using var served = await sut.Client.SendAsync(local);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }
}
