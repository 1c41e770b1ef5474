using Kompass.Ingest.Web.Api.Json;
using Microsoft.AspNetCore.Http;

namespace Kompass.Ingest.Web.Api;

/// <summary>
/// The API's error answers: always <c>{"error": "one line"}</c>, the line a reviewer can act on,
/// shown as it is by the pages.
/// </summary>
public static class ApiResults
{
    /// <summary>How long a client should wait before asking again when the store is busy, in seconds.</summary>
    public const int BusyRetrySeconds = 2;

    /// <summary>400: the request cannot be done as asked (a reviewer's mistake); nothing was stored.</summary>
    public static IResult Refused(string message) => Error(StatusCodes.Status400BadRequest, message);

    /// <summary>404: no such document, flag or file.</summary>
    public static IResult NotFound(string message) => Error(StatusCodes.Status404NotFound, message);

    /// <summary>503: the store cannot be opened now (an ingest holds it, or it is missing or damaged).</summary>
    public static IResult Unavailable(string message) => new Busy(message);

    /// <summary>An error answer with the given status.</summary>
    public static IResult Error(int status, string message) => Results.Json(new ErrorJson(OneLine(message)), statusCode: status);

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    private sealed class Busy(string message) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = BusyRetrySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Error(StatusCodes.Status503ServiceUnavailable, message).ExecuteAsync(httpContext);
        }
    }
}
