using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Storage;
using Kompass.Ingest.Web.Api.Json;
using Kompass.Ingest.Web.Store;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Kompass.Ingest.Web.Api;

/// <summary>
/// The JSON API the pages use. Reads: <c>GET /api/session</c> (the anti-forgery token),
/// <c>/api/queue</c>, <c>/api/documents/{sha}</c>, <c>…/history</c>, <c>…/pdf</c>. Writes, each
/// with the token in the <see cref="AntiforgeryHeader"/> header (else 400): <c>POST
/// /api/documents/{sha}/corrections</c>, <c>…/undo</c>, <c>/api/flags/{id}/dismiss</c>,
/// <c>…/reopen</c>. Every answer is JSON; every error is <see cref="ErrorJson"/>.
/// </summary>
public static class ReviewApi
{
    /// <summary>The request header that carries the anti-forgery token.</summary>
    public const string AntiforgeryHeader = "X-Kompass-Antiforgery";

    private const string NoSuchDocument = "the store holds no document with this hash";

    /// <summary>Maps the API's endpoints.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api");
        api.MapGet("/session", Session);
        api.MapGet("/queue", Queue);
        api.MapGet("/documents/{sha}", Document);
        api.MapGet("/documents/{sha}/history", History);
        api.MapGet("/documents/{sha}/pdf", Pdf);
        api.MapPost("/documents/{sha}/corrections", Correct);
        api.MapPost("/documents/{sha}/undo", Undo);
        api.MapPost("/flags/{id}/dismiss", Dismiss);
        api.MapPost("/flags/{id}/reopen", Reopen);
    }

    private static IResult Session(HttpContext context, IAntiforgery antiforgery)
        => Results.Json(new SessionJson(antiforgery.GetAndStoreTokens(context).RequestToken!, AntiforgeryHeader));

    private static Task<IResult> Queue(StoreGate gate, string? status, string? code, string? severity, string? municipality, string? year, CancellationToken ct)
        => gate.Run(StoreAccess.ReadOnly, scope =>
        {
            var filter = QueueFilter.Parse(status, code, severity, municipality, year);
            var flags = scope.Review.Queue(filter.Query).Where(filter.Matches).Select(ApiJson.Of).ToList();
            return Results.Json(new QueueJson(flags, FlagCodes.All));
        }, ct);

    private static Task<IResult> Document(string sha, StoreGate gate, CancellationToken ct)
        => OnDocument(sha, gate, StoreAccess.ReadOnly, scope => Results.Json(ApiJson.Of(scope.Review.Document(sha))), ct);

    private static Task<IResult> History(string sha, StoreGate gate, CancellationToken ct)
        => OnDocument(sha, gate, StoreAccess.ReadOnly, scope => Results.Json(scope.Review.History(sha).Select(ApiJson.Of).ToList()), ct);

    private static Task<IResult> Pdf(string sha, StoreGate gate, ILogger<StoreGate> logger, CancellationToken ct)
    {
        if (!Identifiers.IsDocumentHash(sha))
        {
            return Task.FromResult(ApiResults.NotFound(NoSuchDocument));
        }

        // The store says where the file may lie; the file is read and hashed after the store is closed.
        return gate.Run(
            StoreAccess.ReadOnly,
            scope => scope.Store.Find(sha) is { } document ? ArchiveFiles.Candidates(scope.Store, document) : null,
            candidates =>
            {
                if (candidates is null)
                {
                    return ApiResults.NotFound(NoSuchDocument);
                }

                if (ArchiveFiles.ReadVerified(candidates, sha) is { } bytes)
                {
                    return Results.Bytes(bytes, "application/pdf");
                }

                const string reason = "the PDF is no longer where it was ingested from, or its content has changed since";
                Log.PdfNotServed(logger, sha, reason);
                return ApiResults.NotFound(reason);
            },
            ct);
    }

    private static Task<IResult> Correct(string sha, CorrectRequest body, StoreGate gate, CancellationToken ct)
        => OnDocument(sha, gate, StoreAccess.ReadWrite, scope =>
        {
            var (reviewer, reason) = Who(body.Reviewer, body.Reason);
            return Results.Json(ApiJson.Of(scope.Review.Correct(sha, body.Field ?? string.Empty, body.Value, reviewer, reason)));
        }, ct);

    private static Task<IResult> Undo(string sha, DecisionRequest body, StoreGate gate, CancellationToken ct)
        => OnDocument(sha, gate, StoreAccess.ReadWrite, scope =>
        {
            var (reviewer, reason) = Who(body.Reviewer, body.Reason);
            return Results.Json(ApiJson.Of(scope.Review.Undo(sha, reviewer, reason)));
        }, ct);

    private static Task<IResult> Dismiss(string id, DecisionRequest body, StoreGate gate, CancellationToken ct)
        => OnFlag(id, gate, scope =>
        {
            var (reviewer, reason) = Who(body.Reviewer, body.Reason);
            return Results.Json(ApiJson.Of(scope.Review.Dismiss(id, reviewer, reason)));
        }, ct);

    private static Task<IResult> Reopen(string id, DecisionRequest body, StoreGate gate, CancellationToken ct)
        => OnFlag(id, gate, scope =>
        {
            var (reviewer, reason) = Who(body.Reviewer, body.Reason);
            return Results.Json(ApiJson.Of(scope.Review.Reopen(id, reviewer, reason)));
        }, ct);

    private static Task<IResult> OnDocument(string sha, StoreGate gate, StoreAccess access, Func<ReviewScope, IResult> work, CancellationToken ct)
        => Identifiers.IsDocumentHash(sha)
            ? gate.Run(access, scope => scope.Store.Find(sha) is null ? ApiResults.NotFound(NoSuchDocument) : work(scope), ct)
            : Task.FromResult(ApiResults.NotFound(NoSuchDocument));

    private static Task<IResult> OnFlag(string id, StoreGate gate, Func<ReviewScope, IResult> work, CancellationToken ct)
        => Identifiers.IsFlagId(id)
            ? gate.Run(StoreAccess.ReadWrite, work, ct)
            : Task.FromResult(ApiResults.NotFound("no flag has this id: a flag id is 10 hex digits"));

    // The service's own messages name the CLI's options; the page asks for these two itself.
    private static (string Reviewer, string Reason) Who(string? reviewer, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reviewer))
        {
            throw new UserActionableException("say who you are: set a reviewer name (the page asks for it once)");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new UserActionableException("say why: a reason is required");
        }

        return (reviewer, reason);
    }
}
