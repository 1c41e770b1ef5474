using Kompass.Ingest.Domain.Layout;
using UglyToad.PdfPig.Content;
using PdfPigWord = UglyToad.PdfPig.Content.Word;

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

    /// <summary>The page in our model; <paramref name="number"/> is 1-based, <paramref name="weights"/> belongs to the page's document.</summary>
    public PageLayout Read(Page page, int number, FontWeights weights)
    {
        var words = new List<PlacedWord>();
        // Nearest-neighbour grouping copes with PDFs that position every glyph without space
        // characters (common in Word exports), where splitting on spaces would glue words.
        foreach (var word in LetterWordGrouper.GetWords(page.Letters))
        {
            if (WordConverter.Convert(word, weights) is { } converted)
            {
                words.Add(new PlacedWord(converted, Baseline(word)));
            }
        }

        var joined = _joiner.Join(words, SpacesOf(page.Letters));
        var lines = _rules.Collect(page.Paths);
        return new PageLayout(number, page.Width, page.Height, joined, lines, page.NumberOfImages);
    }

    // Only text running left to right has a baseline the joiner can compare.
    private static double? Baseline(PdfPigWord word)
        => word.TextOrientation == TextOrientation.Horizontal ? word.Letters[0].StartBaseLine.Y : null;

    private static List<SpaceGlyph> SpacesOf(IReadOnlyList<Letter> letters)
    {
        var spaces = new List<SpaceGlyph>();
        foreach (var letter in letters)
        {
            if (letter.Value.Length == 1 && char.IsWhiteSpace(letter.Value[0]) && letter.TextOrientation == TextOrientation.Horizontal)
            {
                spaces.Add(new SpaceGlyph(
                    letter.Value[0],
                    letter.StartBaseLine.X,
                    letter.EndBaseLine.X,
                    letter.StartBaseLine.Y,
                    FontNames.WithoutSubsetTag(letter.FontName ?? string.Empty),
                    Math.Round(letter.PointSize, 1)));
            }
        }

        return spaces;
    }
}
