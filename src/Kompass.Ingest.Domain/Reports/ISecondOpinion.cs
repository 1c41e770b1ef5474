namespace Kompass.Ingest.Domain.Reports;

/// <summary>
/// A second reader of a finished extraction (a learned model beside the rules): it may add a
/// note for a reviewer to <see cref="ReportExtraction.Warnings"/>, and never changes an extracted
/// value. Implementations are thread-safe: ingest calls one from several workers.
/// </summary>
public interface ISecondOpinion
{
    /// <summary><paramref name="extraction"/>, with the reader's note added when it disagrees.</summary>
    ReportExtraction Review(ReportExtraction extraction);
}
