namespace Kompass.Ingest.Corpus.Pdf;

/// <summary>A font request: family name as <see cref="SystemFontResolver"/> knows it, size in points, weight, slant.</summary>
public sealed record FontSpec(string Family, double Size, bool Bold = false, bool Italic = false)
{
    /// <summary>The same font at another size.</summary>
    public FontSpec WithSize(double size) => this with { Size = size };

    /// <summary>The same font in bold.</summary>
    public FontSpec AsBold() => this with { Bold = true };
}
