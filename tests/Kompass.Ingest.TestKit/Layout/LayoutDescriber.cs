using System.Globalization;
using System.Text;
using Kompass.Ingest.Domain.Layout;

namespace Kompass.Ingest.TestKit.Layout;

/// <summary>
/// Prints what a layout holds, one word per line with its box and font, so that a failing layout
/// test shows what it saw (write it to xunit's ITestOutputHelper, which shows it on failure).
/// </summary>
public static class LayoutDescriber
{
    /// <summary>Every page of <paramref name="layout"/>, then its warnings.</summary>
    public static string Describe(DocumentLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var text = new StringBuilder();
        foreach (var page in layout.Pages)
        {
            text.Append(Describe(page));
        }

        foreach (var warning in layout.Warnings)
        {
            text.Append("warning: ").AppendLine(warning);
        }

        return text.ToString();
    }

    /// <summary>One page: its size, words (text, box, size, weight, font), rules and image count.</summary>
    public static string Describe(PageLayout page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"page {page.Number} ({page.Width:0.#}x{page.Height:0.#} pt): {page.Words.Count} words, {page.Lines.Count} rules, {page.ImageCount} images");
        foreach (var word in page.Words)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  '{word.Text}' {word.Box} {word.FontSize:0.#}pt{(word.IsBold ? " bold" : string.Empty)} {word.FontName}");
        }

        foreach (var line in page.Lines)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  rule ({line.X1:0.#},{line.Y1:0.#})-({line.X2:0.#},{line.Y2:0.#}){(line.IsHorizontal ? " horizontal" : " vertical")}");
        }

        return text.ToString();
    }
}
