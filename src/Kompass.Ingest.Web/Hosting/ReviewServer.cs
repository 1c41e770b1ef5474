using System.Text.Encodings.Web;
using System.Text.Unicode;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Web.Api;
using Kompass.Ingest.Web.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kompass.Ingest.Web.Hosting;

/// <summary>
/// Builds the review server (<c>kompass serve</c>): the pages, their scripts and pdf.js as static
/// files, and the JSON API, over a store opened per request through the
/// <see cref="ReviewScopeFactory"/> the composition root supplies. The caller starts, runs and
/// disposes the returned application.
/// </summary>
public static class ReviewServer
{
    /// <summary>The name of the anti-forgery cookie.</summary>
    public const string AntiforgeryCookie = "kompass-antiforgery";

    /// <summary>
    /// The server for <paramref name="options"/>. Wrong URLs, or a web root without the pages or
    /// pdf.js, are a <see cref="UserActionableException"/>. <paramref name="host"/> lets tests
    /// swap the server (ASP.NET Core's test server).
    /// </summary>
    public static WebApplication Create(ReviewServerOptions options, ReviewScopeFactory open, Action<IWebHostBuilder>? host = null)
    {
        Guard.NotNull(options);
        Guard.NotNull(open);
        var addresses = ListenUrls.Parse(options.Urls);
        CheckWebRoot(options.WebRoot);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(ReviewServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = options.WebRoot,
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.UseUrls([.. addresses.Select(a => a.ToString())]);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddSimpleConsole(c => c.SingleLine = true);
        // It warns that keys kept in memory are not encrypted at rest: there is no rest.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(c => c.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.Configure<HostFilteringOptions>(o => o.AllowedHosts = [.. ListenUrls.AllowedHosts(addresses)]);
        builder.Services.AddDataProtection();
        builder.Services.Configure<KeyManagementOptions>(o => o.XmlRepository = new InMemoryKeyRepository());
        builder.Services.AddAntiforgery(o =>
        {
            o.HeaderName = ReviewApi.AntiforgeryHeader;
            o.Cookie.Name = AntiforgeryCookie;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.SuppressXFrameOptionsHeader = true;
        });

        // The serializer escapes <, >, &, ' and " in every string whatever the ranges allowed;
        // allowing all ranges only keeps å, ä and ö readable.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        builder.Services.AddSingleton(open);
        builder.Services.AddSingleton<StoreGate>();
        host?.Invoke(builder.WebHost);

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context => ApiResults.Error(StatusCodes.Status500InternalServerError, "internal error in kompass serve (a bug): the server's log has the details").ExecuteAsync(context),
        });
        app.Use(SecurityHeaders.Add);
        app.Use(AntiforgeryCheck.Check);
        app.UseStaticFiles(new StaticFileOptions { ContentTypeProvider = ContentTypes() });
        ReviewPages.Map(app, options.WebRoot);
        ReviewApi.Map(app);
        AnalysisApi.Map(app);
        return app;
    }

    private static FileExtensionContentTypeProvider ContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".mjs"] = "text/javascript";
        return types;
    }

    private static void CheckWebRoot(string webRoot)
    {
        foreach (var file in new[] { "index.html", "document.html", "municipality.html", "trends.html", "search.html", "lib/pdf.min.mjs", "lib/pdf.worker.min.mjs", "lib/chart.umd.min.js" })
        {
            if (!File.Exists(Path.Combine(webRoot, file)))
            {
                throw new UserActionableException($"the review pages are incomplete: {Path.Combine(webRoot, file)} is missing; build kompass again (dotnet build restores pdf.js and Chart.js with npm)");
            }
        }
    }
}
