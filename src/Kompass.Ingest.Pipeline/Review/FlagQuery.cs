using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline.Review;

/// <summary>
/// Which flags of the queue a reviewer wants: each filter that is set must match; statuses empty
/// means every status. The municipality is its official code (resolve printed names first).
/// </summary>
public sealed record FlagQuery
{
    /// <summary>Every flag of every status.</summary>
    public static readonly FlagQuery Everything = new();

    /// <summary>The open flags: the queue's default.</summary>
    public static readonly FlagQuery OpenOnly = new() { Statuses = new HashSet<FlagStatus> { FlagStatus.Open } };

    /// <summary>Flag codes to keep (contract names); empty keeps all.</summary>
    public IReadOnlySet<string> Codes { get; init; } = new HashSet<string>();

    /// <summary>Severities to keep; empty keeps all.</summary>
    public IReadOnlySet<FlagSeverity> Severities { get; init; } = new HashSet<FlagSeverity>();

    /// <summary>Statuses to keep; empty keeps all.</summary>
    public IReadOnlySet<FlagStatus> Statuses { get; init; } = new HashSet<FlagStatus>();

    /// <summary>The municipality's official code, or null for every municipality.</summary>
    public string? MunicipalityCode { get; init; }

    /// <summary>The evaluation year, or null for every year.</summary>
    public int? Year { get; init; }

    /// <summary>The one document to list, or null for the whole store.</summary>
    public string? Sha256 { get; init; }

    /// <summary>True when the document's own filters (municipality, year, hash) let it through.</summary>
    public bool MatchesDocument(StoredDocument document)
        => (MunicipalityCode is null || document.MunicipalityCode == MunicipalityCode)
           && (Year is null || document.Year == Year)
           && (Sha256 is null || document.Sha256 == Sha256);

    /// <summary>True when the flag's filters (code, severity, status) let it through.</summary>
    public bool MatchesFlag(ReviewedFlag flag)
        => (Codes.Count == 0 || Codes.Contains(flag.Flag.Code))
           && (Severities.Count == 0 || Severities.Contains(flag.Flag.Severity))
           && (Statuses.Count == 0 || Statuses.Contains(flag.Status));
}
