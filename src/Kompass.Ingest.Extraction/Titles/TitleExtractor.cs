using System.Text.RegularExpressions;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Lines;
using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Titles;

/// <summary>
/// Reads the title as printed, on the first page with text: the topmost line in the largest font,
/// joined with the rows right below it that carry text of that size (other text in those rows,
/// such as a date at the margin, is left out), at most <see cref="TitleExtractorOptions.MaxLines"/>
/// rows, white space collapsed. When all text on the page has one size, the first bold line is the
/// heading, else the first line. Lines
/// without a letter (a page number, a row of dashes) cannot start a title. Pure and thread-safe.
/// </summary>
public sealed partial class TitleExtractor(TitleExtractorOptions? options = null)
{
    private static readonly string ExtractorName = ExtractionVersion.Of(nameof(TitleExtractor));

    private readonly TitleExtractorOptions _options = options ?? new TitleExtractorOptions();

    /// <summary>The title with the page, box and raw text it came from; null when no page has text.</summary>
    public Sourced<string>? Extract(IReadOnlyList<PageLines> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var page = pages.FirstOrDefault(p => p.Lines.Any(HasLetter));
        if (page is null)
        {
            return null;
        }

        var (first, isTitleStyle) = FindStart(page.Lines);
        var title = page.Lines.Where(l => l.Row == first.Row && l.Box.Left >= first.Box.Left && isTitleStyle(l)).ToList();
        var bottom = title.Min(l => l.Box.Bottom);
        var rows = 1;
        foreach (var row in page.Lines.Where(l => l.Row > first.Row).GroupBy(l => l.Row))
        {
            var styled = row.Where(isTitleStyle).ToList();
            if (rows == _options.MaxLines || styled.Count == 0
                || bottom - styled.Max(l => l.Box.Top) > _options.MaxLineGapEm * first.FontSize)
            {
                break;
            }

            title.AddRange(styled);
            bottom = styled.Min(l => l.Box.Bottom);
            rows++;
        }

        var raw = string.Join('\n', title.GroupBy(l => l.Row).Select(row => string.Join(' ', row.Select(l => l.Text))));
        var box = BoundingBox.UnionOf(title.Select(l => l.Box));
        return Sourced.Of(Collapse(raw), new Provenance(page.Number, box, raw, ExtractorName));
    }

    private (TextLine First, Func<TextLine, bool> IsTitleStyle) FindStart(IReadOnlyList<TextLine> lines)
    {
        var candidates = lines.Where(HasLetter).ToList();
        var largest = candidates.Max(l => l.FontSize);
        var smallest = lines.Min(l => l.FontSize);
        if (largest > smallest + _options.SizeTolerance)
        {
            return (candidates.First(l => l.FontSize >= largest - _options.SizeTolerance),
                l => l.FontSize >= largest - _options.SizeTolerance);
        }

        var bold = candidates.FirstOrDefault(l => l.IsBold);
        if (bold is not null)
        {
            return (bold, l => l.IsBold && Math.Abs(l.FontSize - bold.FontSize) <= _options.SizeTolerance);
        }

        var first = candidates[0];
        return (first, l => ReferenceEquals(l, first));
    }

    private static bool HasLetter(TextLine line) => CharCounts.HasLetter(line.Text);

    private static string Collapse(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
