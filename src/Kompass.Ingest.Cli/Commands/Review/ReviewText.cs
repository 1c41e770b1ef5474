using System.Globalization;
using Kompass.Ingest.Export;
using Kompass.Ingest.Pipeline.Review;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Cli.Commands.Review;

/// <summary>How the review verbs print documents, flags and the audit trail for people.</summary>
internal static class ReviewText
{
    public static string Document(StoredDocument d, string? municipality)
    {
        var who = municipality ?? d.MunicipalityCode ?? "unknown municipality";
        var year = d.Year?.ToString(CultureInfo.InvariantCulture) ?? "year unknown";
        return $"{d.Sha256[..10]}  {who} {year}  {ContractNames.Of(d.Type)}  {d.FirstPath}";
    }

    public static string Flag(ReviewedFlag f)
        => $"{f.Id}  {ContractNames.Of(f.Flag.Severity),-7}  {ContractNames.Of(f.Status),-9}  {f.Flag.Code}: {f.Flag.Message}";

    public static string Audit(AuditEntry e)
    {
        var at = e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var change = e.Action is AuditAction.Correct or AuditAction.Undo ? $" {Quoted(e.OldValue)} → {Quoted(e.NewValue)}" : string.Empty;
        return $"{at}  {e.Reviewer}  {e.Action.ToString().ToLowerInvariant()} {e.Subject}{change}  (\"{e.Reason}\")";
    }

    public static string Page(FieldValue v) => v.Page is { } p ? string.Create(CultureInfo.InvariantCulture, $"p. {p}") : "-";

    public static string Quoted(string? value) => value is null ? "(empty)" : $"\"{value}\"";
}
