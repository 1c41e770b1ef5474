namespace Kompass.Ingest.Web.Hosting;

/// <summary>How the review server is set up. Plain data.</summary>
public sealed record ReviewServerOptions
{
    /// <summary>
    /// Where to listen: <c>http://HOST:PORT</c> URLs separated by <c>;</c> (see
    /// <see cref="ListenUrls"/>). Default <see cref="ListenUrls.Default"/>, loopback port 5080;
    /// port 0 takes a free port (tests).
    /// </summary>
    public string Urls { get; init; } = ListenUrls.Default;

    /// <summary>
    /// The folder of the pages, scripts and pdf.js. Default: <c>wwwroot</c> beside the running
    /// program, where the build copies this library's <c>wwwroot</c>.
    /// </summary>
    public string WebRoot { get; init; } = Path.Combine(AppContext.BaseDirectory, "wwwroot");
}
