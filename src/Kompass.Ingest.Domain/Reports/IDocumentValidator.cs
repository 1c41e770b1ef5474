namespace Kompass.Ingest.Domain.Reports;

/// <summary>The checks of one document's own evidence: the flags its extraction raises.</summary>
public interface IDocumentValidator
{
    /// <summary>Every flag <paramref name="extraction"/> raises; empty for a consistent document.</summary>
    IReadOnlyList<Flag> Validate(ReportExtraction extraction);
}
