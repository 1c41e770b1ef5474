using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Pipeline;

/// <summary>The extraction of one document and the number of pages its layout had (0 when unreadable).</summary>
public sealed record ExtractionResult(ReportExtraction Extraction, int PageCount);
