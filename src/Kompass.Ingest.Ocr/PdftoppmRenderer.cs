using System.Globalization;

namespace Kompass.Ingest.Ocr;

/// <summary>
/// Renders a page with poppler's <c>pdftoppm</c> (Debian package poppler-utils): greyscale PNG, the
/// page's crop box, one page per call. Thread-safe: every call writes its own file.
/// </summary>
public sealed class PdftoppmRenderer(OcrOptions options) : IPageRenderer
{
    private readonly OcrOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <inheritdoc />
    public byte[] Render(string pdfPath, int page, int dpi, CancellationToken cancellationToken)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(pdfPath)!, string.Create(CultureInfo.InvariantCulture, $"page-{page}"));
        var number = page.ToString(CultureInfo.InvariantCulture);
        ExternalTool.Run(
            _options.PdftoppmPath,
            ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-png", "-singlefile", "-f", number, "-l", number, pdfPath, prefix],
            _options.PageTimeout,
            cancellationToken);
        var image = prefix + ".png";
        if (!File.Exists(image))
        {
            throw new OcrEngineException($"{_options.PdftoppmPath} wrote no image for page {number}");
        }

        try
        {
            return File.ReadAllBytes(image);
        }
        finally
        {
            File.Delete(image);
        }
    }
}
