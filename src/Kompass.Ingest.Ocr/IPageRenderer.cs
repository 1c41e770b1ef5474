namespace Kompass.Ingest.Ocr;

/// <summary>Renders one page of a PDF file as a greyscale PNG image for the OCR engine. Thread-safe.</summary>
public interface IPageRenderer
{
    /// <summary>
    /// The PNG of page <paramref name="page"/> (1-based) of <paramref name="pdfPath"/> at
    /// <paramref name="dpi"/>; a failure is an <see cref="OcrEngineException"/>.
    /// </summary>
    byte[] Render(string pdfPath, int page, int dpi, CancellationToken cancellationToken);
}
