using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Extraction.Tables;

/// <summary>
/// The choice between the two methods: where ruling lines form a grid the lattice detector reads
/// the table; every word outside such grids is left to the stream detector. Tables continued on the
/// next page are joined when a whole document is read. Pure and thread-safe.
/// </summary>
public sealed class TableExtractor
{
    private readonly ITableDetector _lattice;
    private readonly StreamTableDetector _stream;
    private readonly TableContinuationJoiner _joiner;

    /// <summary>Creates the extractor with <paramref name="options"/> (defaults when null).</summary>
    public TableExtractor(TableExtractionOptions? options = null)
    {
        options ??= new TableExtractionOptions();
        _lattice = new LatticeTableDetector(options.Lattice);
        _stream = new StreamTableDetector(options.Stream);
        _joiner = new TableContinuationJoiner(options.Continuation);
    }

    /// <summary>Every table of the document, continued tables joined, in reading order.</summary>
    public IReadOnlyList<Table> Extract(DocumentLayout document)
    {
        Guard.NotNull(document);
        return _joiner.Join(document.Pages.SelectMany(Extract).ToList(), document);
    }

    /// <summary>Every table the engine finds on one page, top to bottom.</summary>
    public IReadOnlyList<Table> Extract(PageLayout page)
    {
        Guard.NotNull(page);
        return Read(page, wanted: null);
    }

    /// <summary>
    /// The tables of one page that hold at least one word <paramref name="wanted"/> accepts, top to
    /// bottom: the tables <see cref="Extract(PageLayout)"/> finds, filtered. For a caller that only
    /// uses tables seeded by certain words (question ids), most of the page need not be read: a page
    /// without such a word gives none at once, and a stream block without one is never built into a
    /// table. Ruled tables are all read, since their words are set aside from the stream detector.
    /// </summary>
    public IReadOnlyList<Table> Extract(PageLayout page, Func<Word, bool> wanted)
    {
        Guard.NotNull(page);
        Guard.NotNull(wanted);

        // A table's cells hold words of its page only, so a page without a wanted word has no such table.
        return page.Words.Any(wanted) ? Read(page, wanted) : [];
    }

    // The page's ruled tables, then its stream tables from the words no ruled table holds, top to
    // bottom; only those holding a word `wanted` accepts, when it is given.
    private List<Table> Read(PageLayout page, Func<Word, bool>? wanted)
    {
        var ruled = _lattice.Detect(page);

        // Without ruled tables every word is left to the stream detector: the page as it is.
        var rest = ruled.Count == 0 ? page : page with { Words = page.Words.Where(w => !ruled.Any(t => Holds(t.Box, w.Box))).ToList() };
        return ruled.Where(t => wanted is null || t.Cells.Any(c => c.Words.Any(wanted)))
            .Concat(_stream.Detect(rest, wanted))
            .OrderByDescending(t => t.Box.Top)
            .ThenBy(t => t.Box.Left)
            .ToList();
    }

    /// <summary>
    /// One table per area (PDF points, origin bottom-left), read by lattice when ruling lines form a
    /// grid there and by stream otherwise; an area with nothing to read gives no table.
    /// </summary>
    public IReadOnlyList<Table> Extract(PageLayout page, IReadOnlyList<BoundingBox> areas)
    {
        Guard.NotNull(page);
        Guard.NotNull(areas);
        return areas.Select(a => _lattice.DetectIn(page, a) ?? _stream.DetectIn(page, a)).OfType<Table>().ToList();
    }

    private static bool Holds(BoundingBox table, BoundingBox word)
        => word.CentreX >= table.Left && word.CentreX <= table.Right && word.CentreY >= table.Bottom && word.CentreY <= table.Top;
}
