namespace Kompass.Ingest.Domain.Layout;

/// <summary>
/// Whether OCR can be done now. A layout reader that OCRs page images implements it, so that the
/// pipeline can tell whether a document stored while waiting for OCR is worth reading again.
/// Thread-safe.
/// </summary>
public interface IOcrAvailability
{
    /// <summary>True when the OCR engine and its language data are installed and answering.</summary>
    bool IsAvailable { get; }
}
