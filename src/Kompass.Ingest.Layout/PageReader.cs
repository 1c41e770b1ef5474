using Kompass.Ingest.Domain.Layout;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using DomainWord = Kompass.Ingest.Domain.Layout.Word;

namespace Kompass.Ingest.Layout;

/// <summary>Reads one PdfPig page into a <see cref="PageLayout"/>. Thread-safe: it keeps no per-page state.</summary>
internal sealed class PageReader
{
    private readonly NearestNeighbourWordExtractor _wordExtractor;
    private readonly RulingLineCollector _rules;

    public PageReader(LayoutReaderOptions options)
    {
        // Nearest-neighbour grouping copes with PDFs that position every glyph without space
        // characters (common in Word exports), where splitting on spaces would glue words.
        _wordExtractor = new NearestNeighbourWordExtractor(
            new NearestNeighbourWordExtractor.NearestNeighbourWordExtractorOptions
            {
                MaxDegreeOfParallelism = options.WordExtractionParallelism,
            });
        _rules = new RulingLineCollector(options);
    }

    /// <summary>The page in our model; <paramref name="number"/> is 1-based, <paramref name="weights"/> belongs to the page's document.</summary>
    public PageLayout Read(Page page, int number, FontWeights weights)
    {
        var words = new List<DomainWord>();
        foreach (var word in _wordExtractor.GetWords(page.Letters))
        {
            if (WordConverter.Convert(word, weights) is { } converted)
            {
                words.Add(converted);
            }
        }

        var lines = _rules.Collect(page.Paths);
        return new PageLayout(number, page.Width, page.Height, words, lines, page.NumberOfImages);
    }
}
