using Kompass.Ingest.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompass.Ingest.Web.Hosting;

/// <summary>
/// The two pages: the review queue at <c>/</c> and one document at <c>/documents/{sha}</c>. Both
/// are static HTML that hold no document text: their scripts fetch it from the API and set it as
/// text. A document URL whose hash is not 64 lowercase hex digits is 404; a well-formed hash the
/// store does not hold gets the page, which shows the API's 404 line.
/// </summary>
public static class ReviewPages
{
    private const string Html = "text/html; charset=utf-8";

    /// <summary>Maps the pages, served from <paramref name="webRoot"/>.</summary>
    public static void Map(IEndpointRouteBuilder app, string webRoot)
    {
        ArgumentNullException.ThrowIfNull(app);
        var queue = Path.Combine(webRoot, "index.html");
        var document = Path.Combine(webRoot, "document.html");
        app.MapGet("/", () => Results.File(queue, Html));
        app.MapGet("/documents/{sha}", (string sha) => Identifiers.IsDocumentHash(sha)
            ? Results.File(document, Html)
            : Results.Text("No such document: a document's address is /documents/ followed by its 64-digit SHA-256.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound));
    }
}
