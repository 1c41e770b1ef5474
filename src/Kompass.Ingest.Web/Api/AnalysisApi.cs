using System.Globalization;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Pipeline.Analysis;
using Kompass.Ingest.Pipeline.Search;
using Kompass.Ingest.Storage;
using Kompass.Ingest.Web.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompass.Ingest.Web.Api;

/// <summary>
/// The analysts' reads, the answers of <c>kompass trends</c> and <c>kompass search</c> in their
/// documented JSON shapes (README, "Trends"): <c>GET /api/trends/municipality?name=NAME</c>
/// (<see cref="MunicipalityTrend"/>; an unknown name is 404), <c>/api/trends/area?area=N&amp;from=&amp;to=&amp;top=</c>
/// (<see cref="AreaOverview"/>) and <c>/api/search?q=&amp;area=&amp;from=&amp;to=&amp;municipality=&amp;kind=&amp;theme=</c>
/// (<see cref="SearchResult"/>). Reads only; a malformed parameter is 400 with one line.
/// </summary>
public static class AnalysisApi
{
    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api");
        api.MapGet("/trends/municipality", Municipality);
        api.MapGet("/trends/area", Area);
        api.MapGet("/search", Search);
    }

    private static Task<IResult> Municipality(string? name, StoreGate gate, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Task.FromResult(ApiResults.Refused("say which municipality: ?name=NAME (any printed form of its name, or its code)"));
        }

        return gate.Run(StoreAccess.ReadOnly, scope =>
        {
            var analysis = scope.Analysis;
            string code;
            try
            {
                code = analysis.Municipalities.CodeOf(name);
            }
            catch (UserActionableException e)
            {
                return ApiResults.NotFound(e.Message);
            }

            var municipality = new TrendMunicipality(analysis.Municipalities.NameOf(code) ?? code, code);
            return Results.Json(analysis.Trends.Run(municipality, analysis.Evaluations.Load(code)));
        }, ct);
    }

    private static Task<IResult> Area(string? area, string? from, string? to, string? top, StoreGate gate, CancellationToken ct)
        => gate.Run(StoreAccess.ReadOnly, scope =>
        {
            var number = Number(area, "area", 1, 8) ?? throw new UserActionableException("say which area: ?area=N, 1 to 8");
            var (first, last) = (Year(from, "from"), Year(to, "to"));
            var rows = Number(top, "top", 1, 1000) ?? 10;
            var analysis = scope.Analysis;
            return Results.Json(analysis.Areas.Run(number, first, last, analysis.Evaluations.LoadArea(number), rows));
        }, ct);

    private static Task<IResult> Search(string? q, string? area, string? from, string? to, string? municipality, string? kind, string? theme, StoreGate gate, CancellationToken ct)
        => gate.Run(StoreAccess.ReadOnly, scope =>
        {
            if (string.IsNullOrWhiteSpace(q) && string.IsNullOrWhiteSpace(theme))
            {
                throw new UserActionableException("say what to find: ?q=WORDS");
            }

            if (!string.IsNullOrEmpty(kind) && kind is not FindingRow.StrengthKind and not FindingRow.ImprovementKind)
            {
                throw new UserActionableException($"kind is {FindingRow.StrengthKind} or {FindingRow.ImprovementKind}");
            }

            var analysis = scope.Analysis;
            var query = new SearchQuery(q ?? string.Empty)
            {
                Theme = string.IsNullOrWhiteSpace(theme) ? null : theme,
                Area = Number(area, "area", 1, 8),
                FromYear = Year(from, "from"),
                ToYear = Year(to, "to"),
                MunicipalityCode = string.IsNullOrWhiteSpace(municipality) ? null : analysis.Municipalities.CodeOf(municipality),
                Kind = string.IsNullOrEmpty(kind) ? null : kind,
            };
            return Results.Json(analysis.Search.Run(query));
        }, ct);

    private static int? Year(string? text, string name) => Number(text, name, 1990, 2100);

    // Empty means "not given": the pages send every field of their forms.
    private static int? Number(string? text, string name, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new UserActionableException($"{name} is a whole number from {min} to {max}, not '{text}'");
    }
}
