using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Truth;

/// <summary>The contract's names of the document types.</summary>
public static class DocumentTypeNames
{
    /// <summary>"kommunkompassen-analysis" and so on, as export-v1.md spells them.</summary>
    public static string ToName(DocumentType type) => type switch
    {
        DocumentType.KommunKompassenAnalysis => "kommunkompassen-analysis",
        DocumentType.KommunKompassenPm => "kommunkompassen-pm",
        DocumentType.KommunKompassenFeedback => "kommunkompassen-feedback",
        DocumentType.Regionkompassen => "regionkompassen",
        DocumentType.RelatedDocument => "related-document",
        DocumentType.Unreadable => "unreadable",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
