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
    private readonly LatticeTableDetector _lattice;
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
    /// table. Ruled grids are all found, since their words are set aside from the stream detector,
    /// but only those holding such a word are read into tables.
    /// </summary>
    public IReadOnlyList<Table> Extract(PageLayout page, Func<Word, bool> wanted)
    {
        Guard.NotNull(page);
        Guard.NotNull(wanted);

        // A table's cells hold words of its page only, so a page without a wanted word has no such table.
        return page.Words.Any(wanted) ? Read(page, wanted) : [];
    }

    // The page's ruled tables, then its stream tables from the words no ruled table holds, top to
    // bottom; only those holding a word `wanted` accepts, when it is given (the other ruled grids
    // are then only outlined, for their words to be set aside).
    private List<Table> Read(PageLayout page, Func<Word, bool>? wanted)
    {
        IReadOnlyList<(BoundingBox Outline, Table? Table)> ruled = wanted is null
            ? _lattice.Detect(page).Select(t => (t.Box, (Table?)t)).ToList()
            : _lattice.DetectHolding(page, wanted);

        // Without ruled tables every word is left to the stream detector: the page as it is.
        var rest = ruled.Count == 0 ? page : page with { Words = page.Words.Where(w => !ruled.Any(r => Holds(r.Outline, w.Box))).ToList() };
        return ruled.Select(r => r.Table).OfType<Table>()
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
