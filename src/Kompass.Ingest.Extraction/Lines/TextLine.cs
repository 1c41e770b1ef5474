using System.Globalization;
using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Extraction.Lines;

/// <summary>
/// A run of words on one baseline, not interrupted by a wide gap: a line of body text, a heading,
/// or one cell of a table row. <see cref="Row"/> numbers the baseline bands of the page from the
/// top (0-based), so the cells of one table row share it. <see cref="FontSize"/> and
/// <see cref="IsBold"/> are what most of its characters use.
/// </summary>
public sealed record TextLine(int Page, int Row, IReadOnlyList<Word> Words, BoundingBox Box, double FontSize, bool IsBold)
{
    /// <summary>The words joined with single spaces.</summary>
    public string Text { get; } = WordList.Text(Words);

    /// <summary>Page, row, box, font and text, for test output.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"p{Page} r{Row} {Box} {FontSize:0.#}pt{(IsBold ? " bold" : string.Empty)}: {Text}");
}
