using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// One per-document validation check: reads an extraction and returns the flags it raises, each
/// citing the provenance of the values it compared. Pure and thread-safe.
/// </summary>
public interface IDocumentRule
{
    /// <summary>The flags this check raises on <paramref name="extraction"/>; none when it is consistent.</summary>
    IEnumerable<Flag> Check(ReportExtraction extraction);
}
