using System.CommandLine;
using Kompass.Ingest.Cli.Composition;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Storage;
using Kompass.Ingest.Web.Hosting;
using Kompass.Ingest.Web.Store;
using Microsoft.Extensions.Hosting;

namespace Kompass.Ingest.Cli.Commands;

/// <summary>
/// The <c>kompass serve --db FILE [--urls URL]</c> verb: the review UI in the browser (the flag
/// queue at <c>/</c>, each document with its PDF page, values, flags and audit trail). The store
/// is opened per request and closed at once, so <c>kompass ingest</c> can run while the server
/// does; a request that finds it busy is answered 503 with the store's message. Listens on
/// loopback unless told otherwise; a non-loopback address is served with a one-line warning.
/// Runs until Ctrl+C, then exits 0.
/// </summary>
public static class ServeCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var db = new Option<FileInfo>("--db")
        {
            Description = "The store file written by kompass ingest; opened per request, never held.",
            HelpName = "FILE",
            Required = true,
        };
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen: http://HOST:PORT, several separated by ';'. The default is reachable from this machine only.",
            HelpName = "URL",
            DefaultValueFactory = _ => ListenUrls.Default,
        };

        var command = new Command("serve", Description());
        command.Options.Add(db);
        command.Options.Add(urls);
        // On the thread pool so that Ctrl+C reaches the token (see IngestCommand).
        command.SetAction((parseResult, cancellationToken) => Task.Run(() => Run(
            parseResult.GetRequiredValue(db),
            parseResult.GetValue(urls) ?? ListenUrls.Default,
            parseResult.InvocationConfiguration,
            cancellationToken)));
        return command;
    }

    private static string Description()
        => "Serve the review UI: the queue of flags, and each document's PDF page with the flagged box\n"
            + "highlighted beside its values, to correct, accept (dismiss) or undo, with the audit trail.\n"
            + "Also the analysts' pages: /municipality.html?name=NAME, /trends.html?area=N, /search.html?q=WORDS.\n"
            + "Keys: j/k or arrows move and Enter opens in the queue; n/p next/previous flag, e edit,\n"
            + "Enter save, a accept, u undo, Esc cancel on a document. No login: keep it on loopback.\n"
            + "Example:\n"
            + "  kompass serve --db kompass.db            then open http://127.0.0.1:5080/\n"
            + "Exit codes: 0 stopped with Ctrl+C; 1 wrong command line; 2 missing or unusable store, or address in use.";

    private static async Task<int> Run(FileInfo db, string urls, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var path = db.FullName;
        ReviewScopeFactory open = access => PipelineFactory.OpenReviewScope(path, access, TimeProvider.System);

        // Once at start, so that a wrong --db fails here rather than on every request.
        open(StoreAccess.ReadOnly).Dispose();
        await using var app = ReviewServer.Create(new ReviewServerOptions { Urls = urls }, open);
        if (ListenUrls.Warning(ListenUrls.Parse(urls)) is { } warning)
        {
            await console.Error.WriteLineAsync($"kompass serve: {warning}");
        }

        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            throw new UserActionableException($"cannot listen on {urls}: {e.Message.ReplaceLineEndings(" ")}; choose another --urls", e);
        }

        await console.Error.WriteLineAsync($"kompass serve: reviewing {db} at {string.Join(", ", app.Urls)} (Ctrl+C stops)");
        await app.WaitForShutdownAsync(cancellationToken);
        await console.Error.WriteLineAsync("kompass serve: stopped");
        return ExitCodes.Success;
    }
}
