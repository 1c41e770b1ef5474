using Kompass.Ingest.Web.Api;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Kompass.Ingest.Web.Hosting;

/// <summary>
/// Refuses every request that could change something (any method but GET, HEAD, OPTIONS and
/// TRACE) unless it carries the anti-forgery token of <c>GET /api/session</c> in the
/// <see cref="ReviewApi.AntiforgeryHeader"/> header together with its cookie: 400, before the body
/// is read or the store is opened. ASP.NET Core's own antiforgery middleware checks form posts
/// only; the API takes JSON.
/// </summary>
public static class AntiforgeryCheck
{
    /// <summary>The one line a refused request gets.</summary>
    public const string Message = "the request carries no valid anti-forgery token; reload the page and try again";

    /// <summary>Set on a refusal, so that a page can fetch a new token (after a restart of the server) and try once more.</summary>
    public const string FailedHeader = "X-Kompass-Antiforgery-Failed";

    /// <summary>Checks the request, then passes it on or answers 400.</summary>
    public static async Task Check(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        if (await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            await next().ConfigureAwait(false);
            return;
        }

        context.Response.Headers[FailedHeader] = "1";
        await ApiResults.Refused(Message).ExecuteAsync(context).ConfigureAwait(false);
    }
}
