namespace Kompass.Ingest.Domain.Reports;

/// <summary>What kind of document a file is; the export contract names each one.</summary>
public enum DocumentType
{
    /// <summary>A full "KommunKompassen – Analys av …" report with scores.</summary>
    KommunKompassenAnalysis,

    /// <summary>The "PM – Utvärdering enligt Kommunkompassen" memo sent before an evaluation; no scores.</summary>
    KommunKompassenPm,

    /// <summary>"Återkoppling": the feedback after a visit, often with area scores but no question tables.</summary>
    KommunKompassenFeedback,

    /// <summary>A Regionkompassen report for a region or landsting.</summary>
    Regionkompassen,

    /// <summary>A policy, strategy or other document that carries no Kompass scores.</summary>
    RelatedDocument,

    /// <summary>Not a PDF, damaged, encrypted, empty, or no text could be recovered.</summary>
    Unreadable,
}
