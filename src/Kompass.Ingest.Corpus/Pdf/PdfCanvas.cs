using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Kompass.Ingest.Corpus.Pdf;

/// <summary>
/// A thin drawing surface over PDFsharp for the corpus generator: pages, text at a baseline,
/// lines and rectangles, in points with the origin at the top-left (as a typesetter thinks;
/// PdfPig will read the same page with its origin at the bottom-left). The order of calls is the
/// order of the content stream, which renderers vary on purpose to jumble the text layer.
/// Not thread-safe: one canvas per document.
/// </summary>
public sealed class PdfCanvas : IDisposable
{
    private readonly PdfDocument _document = new();
    private readonly Dictionary<FontSpec, XFont> _fonts = [];
    private XGraphics? _graphics;

    /// <summary>Creates an empty document whose pages are <paramref name="width"/> × <paramref name="height"/> points (default A4).</summary>
    public PdfCanvas(double width = 595.28, double height = 841.89, DateTime? creationDate = null)
    {
        SystemFontResolver.EnsureInstalled();
        PageWidth = width;
        PageHeight = height;
        // A fixed creation date keeps the bytes (and so the SHA-256) the same for the same seed.
        var stamp = creationDate ?? new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        _document.Info.CreationDate = stamp;
        _document.Info.ModificationDate = stamp;
        _document.Info.Creator = "Kompass.Ingest corpus generator";
    }

    /// <summary>Page width in points.</summary>
    public double PageWidth { get; }

    /// <summary>Page height in points.</summary>
    public double PageHeight { get; }

    /// <summary>The 1-based number of the current page; 0 before the first page.</summary>
    public int PageNumber { get; private set; }

    /// <summary>The PDFsharp document, for the few things this surface does not cover (metadata, security, images).</summary>
    public PdfDocument Document => _document;

    /// <summary>The graphics of the current page, for drawing this surface does not cover.</summary>
    public XGraphics Graphics => _graphics ?? throw new InvalidOperationException("call NewPage first");

    /// <summary>Starts a new page; later calls draw on it.</summary>
    public void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        _graphics = XGraphics.FromPdfPage(page);
        PageNumber++;
    }

    /// <summary>Draws <paramref name="text"/> with its left end at <paramref name="x"/> and its baseline at <paramref name="baseline"/> (from the top).</summary>
    public void Text(double x, double baseline, string text, FontSpec font)
        => Graphics.DrawString(text, Font(font), XBrushes.Black, x, baseline);

    /// <summary>Draws <paramref name="text"/> so that it ends at <paramref name="right"/> (right-aligned numbers).</summary>
    public void TextRightAligned(double right, double baseline, string text, FontSpec font)
        => Text(right - Measure(text, font), baseline, text, font);

    /// <summary>Draws <paramref name="text"/> centred on <paramref name="centre"/>.</summary>
    public void TextCentred(double centre, double baseline, string text, FontSpec font)
        => Text(centre - (Measure(text, font) / 2), baseline, text, font);

    /// <summary>The width of <paramref name="text"/> in points.</summary>
    public double Measure(string text, FontSpec font) => Graphics.MeasureString(text, Font(font)).Width;

    /// <summary>Breaks <paramref name="text"/> into lines no wider than <paramref name="width"/>, at spaces.</summary>
    public IReadOnlyList<string> Wrap(string text, FontSpec font, double width)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && Measure(candidate, font) > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    /// <summary>Draws a straight line <paramref name="thickness"/> points wide.</summary>
    public void Line(double x1, double y1, double x2, double y2, double thickness = 0.5)
        => Graphics.DrawLine(new XPen(XColors.Black, thickness), x1, y1, x2, y2);

    /// <summary>Fills a rectangle with a grey of <paramref name="grey"/> (0 black … 255 white).</summary>
    public void FillRectangle(double x, double top, double width, double height, byte grey)
        => Graphics.DrawRectangle(new XSolidBrush(XColor.FromArgb(grey, grey, grey)), x, top, width, height);

    /// <summary>Strokes the outline of a rectangle.</summary>
    public void StrokeRectangle(double x, double top, double width, double height, double thickness = 0.5)
        => Graphics.DrawRectangle(new XPen(XColors.Black, thickness), x, top, width, height);

    /// <summary>
    /// Draws on every page once more, after the body: for furniture that needs the page count
    /// ("4 (16)"). <paramref name="decorate"/> gets the page number and the page count; while it
    /// runs, the drawing calls of this canvas go to that page. Content drawn here comes last in the
    /// page's content stream.
    /// </summary>
    public void DecorateAllPages(Action<int, int> decorate)
    {
        _graphics?.Dispose();
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            _graphics = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            decorate(i + 1, count);
            _graphics.Dispose();
        }

        _graphics = null;
    }

    /// <summary>Finishes the document and returns its bytes.</summary>
    public byte[] Save()
    {
        _graphics?.Dispose();
        _graphics = null;
        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return ReproducibleBytes.Normalise(stream.ToArray());
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _graphics?.Dispose();
        _document.Dispose();
    }

    private XFont Font(FontSpec spec)
    {
        if (!_fonts.TryGetValue(spec, out var font))
        {
            var style = (spec.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular) | (spec.Italic ? XFontStyleEx.Italic : XFontStyleEx.Regular);
            font = new XFont(spec.Family, spec.Size, style, new XPdfFontOptions(PdfFontEncoding.Unicode));
            _fonts[spec] = font;
        }

        return font;
    }
}
