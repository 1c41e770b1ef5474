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
        var letters = SpanOf(page.Letters);
        var groups = LetterWordGrouper.GetWords(letters);
        var words = new List<PlacedWord>(groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            if (WordConverter.Convert(groups[i], weights, fontNames) is { } word)
            {
                words.Add(word);
            }
        }

        var joined = _joiner.Join(CollectionsMarshal.AsSpan(words), SpacesOf(letters, fontNames));
        var lines = _rules.Collect(page.Paths);
        return new PageLayout(number, page.Width, page.Height, joined, lines, page.NumberOfImages);
    }

    // PdfPig hands the letters over as a list behind an interface; read as a span, the thousands
    // of reads per page need no interface call each.
    private static ReadOnlySpan<Letter> SpanOf(IReadOnlyList<Letter> letters) => letters switch
    {
        Letter[] array => array,
        List<Letter> list => CollectionsMarshal.AsSpan(list),
        _ => letters.ToArray(),
    };

    private static SpaceGlyph[] SpacesOf(ReadOnlySpan<Letter> letters, FontNameCache fontNames)
    {
        var count = 0;
        foreach (var letter in letters)
        {
            count += IsHorizontalSpace(letter) ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        var spaces = new SpaceGlyph[count];
        var at = 0;
        foreach (var letter in letters)
        {
            if (IsHorizontalSpace(letter))
            {
                spaces[at++] = new SpaceGlyph(
                    letter.Value[0],
                    letter.StartBaseLine.X,
                    letter.EndBaseLine.X,
                    letter.StartBaseLine.Y,
                    fontNames.WithoutSubsetTag(letter.FontName),
                    Math.Round(letter.PointSize, 1));
                if (at == count)
                {
                    break;
                }
            }
        }

        return spaces;
    }

    // Only text running left to right has a baseline the joiner can compare.
    private static bool IsHorizontalSpace(Letter letter)
        => letter.Value.Length == 1 && char.IsWhiteSpace(letter.Value[0]) && letter.TextOrientation == TextOrientation.Horizontal;
}
