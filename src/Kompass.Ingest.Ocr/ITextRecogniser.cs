using Kompass.Ingest.Domain.Layout;

namespace Kompass.Ingest.Ocr;

/// <summary>
/// An OCR engine: recognises the words of one page image, with their boxes in pixels, as
/// Tesseract's TSV. Thread-safe.
/// </summary>
public interface ITextRecogniser : IOcrAvailability
{
    /// <summary>
    /// The engine, its version and settings (e.g. "tesseract 5.3.0 swe psm4"): cached results are
    /// only reused for the same signature. Null when the engine is not available.
    /// </summary>
    string? Signature { get; }

    /// <summary>The TSV of the PNG at <paramref name="imagePath"/>; a failure is an <see cref="OcrEngineException"/>.</summary>
    string Recognise(string imagePath, CancellationToken cancellationToken);

    /// <summary>
    /// The TSV of the PNG at <paramref name="imagePath"/> read as one word of digits (a number cut
    /// out of a page, see <see cref="NumberRereader"/>); a failure is an <see cref="OcrEngineException"/>.
    /// </summary>
    string RecogniseNumber(string imagePath, CancellationToken cancellationToken);
}
