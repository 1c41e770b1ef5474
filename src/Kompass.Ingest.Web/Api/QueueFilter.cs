using System.Globalization;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Export;
using Kompass.Ingest.Pipeline.Review;

namespace Kompass.Ingest.Web.Api;

/// <summary>
/// The queue page's filters, as the query string gives them: <c>status</c> (open by default, or
/// resolved, dismissed, all), <c>code</c> (a contract code), <c>severity</c> (info, warning,
/// error), <c>municipality</c> (an official code, or part of the official name, any case) and
/// <c>year</c>. An empty parameter does not filter. A value that is not one of these is a
/// <see cref="UserActionableException"/> naming what would do.
/// </summary>
public sealed record QueueFilter(FlagQuery Query, string? MunicipalityName)
{
    /// <summary>Reads the filters.</summary>
    public static QueueFilter Parse(string? status, string? code, string? severity, string? municipality, string? year)
    {
        var query = FlagQuery.Everything with
        {
            Statuses = Statuses(status),
            Codes = Codes(code),
            Severities = Severities(severity),
            Year = Year(year),
        };
        var place = Blank(municipality);
        return place is not null && place.All(char.IsAsciiDigit)
            ? new QueueFilter(query with { MunicipalityCode = place }, null)
            : new QueueFilter(query, place);
    }

    /// <summary>True when the entry passes the filter on the municipality's name (the store filters the rest).</summary>
    public bool Matches(QueueEntry entry)
        => MunicipalityName is null
           || (Guard.NotNull(entry).MunicipalityName?.Contains(MunicipalityName, StringComparison.OrdinalIgnoreCase) ?? false);

    private static HashSet<FlagStatus> Statuses(string? status) => Blank(status) switch
    {
        null => [FlagStatus.Open],
        "all" => [],
        var s => [Enum.GetValues<FlagStatus>().Cast<FlagStatus?>().FirstOrDefault(v => ContractNames.Of(v!.Value) == s)
                  ?? throw new UserActionableException($"status '{s}' is not one of open, resolved, dismissed, all")],
    };

    private static HashSet<string> Codes(string? code) => Blank(code) switch
    {
        null => [],
        var c when FlagCodes.All.Contains(c) => [c],
        var c => throw new UserActionableException($"'{c}' is not a flag code; the codes are {string.Join(", ", FlagCodes.All)}"),
    };

    private static HashSet<FlagSeverity> Severities(string? severity) => Blank(severity) switch
    {
        null => [],
        var s => [Enum.GetValues<FlagSeverity>().Cast<FlagSeverity?>().FirstOrDefault(v => ContractNames.Of(v!.Value) == s)
                  ?? throw new UserActionableException($"severity '{s}' is not one of info, warning, error")],
    };

    private static int? Year(string? year) => Blank(year) switch
    {
        null => null,
        var y when int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var value) => value,
        var y => throw new UserActionableException($"year '{y}' is not a year; give four digits, e.g. 2016"),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
