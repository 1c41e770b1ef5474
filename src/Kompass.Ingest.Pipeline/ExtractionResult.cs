using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Pipeline;

/// <summary>The extraction of one document and the number of pages its layout had (0 when unreadable).</summary>
public sealed record ExtractionResult(ReportExtraction Extraction, int PageCount)
{
    /// <summary>
    /// The document is unreadable only because its pages need OCR that could not be done now: it
    /// is stored under <see cref="ExtractionStage.AwaitingOcrVersion"/> and read again once OCR is available.
    /// </summary>
    public bool AwaitsOcr { get; init; }
}
