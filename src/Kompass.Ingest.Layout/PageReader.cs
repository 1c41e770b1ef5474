using System.Buffers;
using System.Runtime.InteropServices;
using Kompass.Ingest.Domain.Layout;
using UglyToad.PdfPig.Content;

namespace Kompass.Ingest.Layout;

/// <summary>Reads one PdfPig page into a <see cref="PageLayout"/>. Thread-safe: it keeps no per-page state.</summary>
internal sealed class PageReader
{
    private readonly RulingLineCollector _rules;
    private readonly WordJoiner _joiner;

    public PageReader(LayoutReaderOptions options)
    {
        _rules = new RulingLineCollector(options);
        _joiner = new WordJoiner(options);
    }

    /// <summary>
    /// The page in our model; <paramref name="number"/> is 1-based, <paramref name="weights"/> and
    /// <paramref name="fontNames"/> belong to the page's document.
    /// </summary>
    public PageLayout Read(Page page, int number, FontWeights weights, FontNameCache fontNames)
    {
        // Nearest-neighbour grouping copes with PDFs that position every glyph without space
        // characters (common in Word exports), where splitting on spaces would glue words.
        using var groups = LetterWordGrouper.GetWords(SpanOf(page.Letters));
        var words = new List<PlacedWord>(groups.Count);

        // A drawn space is never linked to a letter, so it is a word of its own, and the spaces come
        // in drawing order among the horizontal words: they are picked up here instead of in a pass
        // of their own over the page's letters.
        var spaces = ArrayPool<SpaceGlyph>.Shared.Rent(groups.Count);
        try
        {
            var spaceCount = 0;
            for (var i = 0; i < groups.Count; i++)
            {
                var group = groups[i];
                if (group.Length == 1 && IsHorizontalSpace(group[0]))
                {
                    spaces[spaceCount++] = SpaceOf(group[0], fontNames);
                }
                else if (WordConverter.Convert(group, weights, fontNames) is { } word)
                {
                    words.Add(word);
                }
            }

            var joined = _joiner.Join(CollectionsMarshal.AsSpan(words), spaces.AsSpan(0, spaceCount));
            var lines = _rules.Collect(page.Paths);
            return new PageLayout(number, page.Width, page.Height, joined, lines, page.NumberOfImages);
        }
        finally
        {
            // Cleared, so that the pool does not keep the page's font names alive.
            ArrayPool<SpaceGlyph>.Shared.Return(spaces, clearArray: true);
        }
    }

    // PdfPig hands the letters over as a list behind an interface; read as a span, the thousands
    // of reads per page need no interface call each.
    private static ReadOnlySpan<Letter> SpanOf(IReadOnlyList<Letter> letters) => letters switch
    {
        Letter[] array => array,
        List<Letter> list => CollectionsMarshal.AsSpan(list),
        _ => letters.ToArray(),
    };

    private static SpaceGlyph SpaceOf(Letter letter, FontNameCache fontNames) => new(
        letter.Value[0],
        letter.StartBaseLine.X,
        letter.EndBaseLine.X,
        letter.StartBaseLine.Y,
        fontNames.WithoutSubsetTag(letter.FontName),
        Math.Round(letter.PointSize, 1));

    // Only text running left to right has a baseline the joiner can compare.
    private static bool IsHorizontalSpace(Letter letter)
        => letter.Value.Length == 1 && char.IsWhiteSpace(letter.Value[0]) && letter.TextOrientation == TextOrientation.Horizontal;
}
