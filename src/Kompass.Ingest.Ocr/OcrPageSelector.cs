using Kompass.Ingest.Domain.Layout;

namespace Kompass.Ingest.Ocr;

/// <summary>
/// Decides which pages of a read document need OCR: a page without words that carries an image (a
/// scan), and a page whose text layer is garbage (a broken font encoding, a scanner's bad hidden
/// text), judged by <see cref="TextLayerQuality"/>. A blank page without images needs nothing.
/// Pure and thread-safe.
/// </summary>
public sealed class OcrPageSelector(OcrOptions options)
{
    private readonly OcrOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>Why <paramref name="page"/> needs OCR ("no text layer", "garbage text layer (…)"), or null when it does not.</summary>
    public string? Reason(PageLayout page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Words.Count == 0)
        {
            return page.ImageCount > 0 ? "no text layer" : null;
        }

        var quality = TextLayerQuality.Measure(page.Words);
        return quality.Characters >= _options.MinCharactersToJudge && quality.ImplausibleShare >= _options.GarbageShare
            ? $"garbage text layer ({quality.ImplausibleShare:P0} implausible characters)"
            : null;
    }
}
