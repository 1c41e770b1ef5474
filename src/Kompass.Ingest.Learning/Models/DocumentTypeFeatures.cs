using System.Globalization;

namespace Kompass.Ingest.Learning.Models;

/// <summary>
/// The simple layout figures the document-type model reads beside the first pages' text, each
/// scaled to about 0–1: length in pages (a memo is short, an analysis long), lines on the first
/// pages (a cover with a title is sparse, a policy dense), and the share of digits and of percent
/// signs in that text (score tables are digits and percentages).
/// </summary>
public static class DocumentTypeFeatures
{
    /// <summary>How many numbers <see cref="Of"/> returns.</summary>
    public const int Count = 4;

    private const float PagesScale = 60f;
    private const float LinesScale = 200f;

    /// <summary>The figures of a document of <paramref name="pageCount"/> pages whose first pages read <paramref name="leadText"/>.</summary>
    public static float[] Of(string leadText, int pageCount)
    {
        ArgumentNullException.ThrowIfNull(leadText);
        var lines = leadText.Count(c => c == '\n');
        var visible = Math.Max(1, leadText.Count(c => !char.IsWhiteSpace(c)));
        var digits = leadText.Count(c => char.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber);
        var percents = leadText.Count(c => c == '%');
        return
        [
            Math.Min(pageCount, PagesScale) / PagesScale,
            Math.Min(lines, LinesScale) / LinesScale,
            (float)digits / visible,
            Math.Min(1f, 20f * percents / visible),
        ];
    }
}
