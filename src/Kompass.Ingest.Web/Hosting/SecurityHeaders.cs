using Microsoft.AspNetCore.Http;

namespace Kompass.Ingest.Web.Hosting;

/// <summary>
/// Headers on every answer that keep document text from ever running as code, even if a page had
/// a bug: a content security policy that admits only this server's own scripts (no inline script,
/// no eval), no sniffing of content types, no framing, no referrer; and no caching of API answers.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// The policy. pdf.js runs as module scripts and a module worker from this server; it draws on
    /// a canvas, loads fonts from the PDF (data: URLs where the FontFace API is not used) and may
    /// make blob: URLs for images.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
        + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Adds the headers before the answer starts.</summary>
    public static Task Add(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            headers.CacheControl = "no-store";
        }

        return next();
    }
}
