using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Export;

/// <summary>How the export contract spells the domain's enum values (<c>shared/spec/export-v1.md</c>).</summary>
public static class ContractNames
{
    /// <summary>The contract's <c>documentType</c>.</summary>
    public static string Of(DocumentType type) => type switch
    {
        DocumentType.KommunKompassenAnalysis => "kommunkompassen-analysis",
        DocumentType.KommunKompassenPm => "kommunkompassen-pm",
        DocumentType.KommunKompassenFeedback => "kommunkompassen-feedback",
        DocumentType.Regionkompassen => "regionkompassen",
        DocumentType.RelatedDocument => "related-document",
        DocumentType.Unreadable => "unreadable",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The contract's municipality <c>kind</c>.</summary>
    public static string Of(MunicipalityKind kind) => kind switch
    {
        MunicipalityKind.Kommun => "kommun",
        MunicipalityKind.Region => "region",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The contract's flag <c>severity</c>.</summary>
    public static string Of(FlagSeverity severity) => severity switch
    {
        FlagSeverity.Info => "info",
        FlagSeverity.Warning => "warning",
        FlagSeverity.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    /// <summary>The contract's flag <c>status</c>.</summary>
    public static string Of(FlagStatus status) => status switch
    {
        FlagStatus.Open => "open",
        FlagStatus.Resolved => "resolved",
        FlagStatus.Dismissed => "dismissed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The document type the contract spells <paramref name="name"/>, or null.</summary>
    public static DocumentType? DocumentTypeNamed(string name)
        => Enum.GetValues<DocumentType>().Where(t => Of(t) == name.Trim()).Select(t => (DocumentType?)t).FirstOrDefault();
}
