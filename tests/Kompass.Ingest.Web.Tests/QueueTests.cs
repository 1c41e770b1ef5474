using System.Net;
using System.Net.Http.Json;
using Kompass.Ingest.Web.Api.Json;

namespace Kompass.Ingest.Web.Tests;

/// <summary>The queue's filters as the page sends them; a filter value that means nothing is 400 with what would do.</summary>
public sealed class QueueTests : IAsyncLifetime
{
    private readonly ReviewWorkspace _workspace = new();
    private RunningServer _sut = null!;

    public async Task InitializeAsync()
    {
        _workspace.AddDocument("2016/goteborg.pdf", ReviewWorkspace.Report());
        _sut = await RunningServer.InMemory(_workspace.Scopes);
    }

    public async Task DisposeAsync()
    {
        await _sut.DisposeAsync();
        _workspace.Dispose();
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("?municipality=göte", 1)]
    [InlineData("?municipality=GÖTEBORG&year=2016", 1)]
    [InlineData("?municipality=1480", 1)]
    [InlineData("?municipality=Malmö", 0)]
    [InlineData("?year=2015", 0)]
    [InlineData("?code=summary-section-mismatch&severity=warning", 1)]
    [InlineData("?severity=error", 0)]
    [InlineData("?status=resolved", 0)]
    [InlineData("?status=all&code=", 1)]
    public async Task Queue_Filters(string query, int expected)
    {
        var queue = await _sut.Client.GetFromJsonAsync<QueueJson>(new Uri("/api/queue" + query, UriKind.Relative));

        Assert.Equal(expected, queue!.Flags.Count);
        Assert.Contains("summary-section-mismatch", queue.Codes);
    }

    [Theory]
    [InlineData("?status=closed", "status 'closed'")]
    [InlineData("?severity=fatal", "severity 'fatal'")]
    [InlineData("?code=typo", "not a flag code")]
    [InlineData("?year=20x6", "not a year")]
    public async Task Queue_WithAFilterThatMeansNothing_Is400SayingWhatWouldDo(string query, string expected)
    {
        using var response = await _sut.Client.GetAsync(new Uri("/api/queue" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await response.Content.ReadFromJsonAsync<ErrorJson>())!.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queue_EntryCarriesWhatTheRowShows()
    {
        var flag = (await _sut.Client.GetFromJsonAsync<QueueJson>(new Uri("/api/queue", UriKind.Relative)))!.Flags.Single();

        Assert.Equal(("warning", "open", "Göteborg", "1480", 2016, "2016/goteborg.pdf"), (flag.Severity, flag.Status, flag.Municipality, flag.MunicipalityCode, flag.Year, flag.Path));
        Assert.Matches("^[0-9a-f]{10}$", flag.Id);
    }
}
