using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Extraction.Furniture;
using Kompass.Ingest.Extraction.Lines;
using Kompass.Ingest.Extraction.Tables;

namespace Kompass.Ingest.Extraction.Questions;

/// <summary>
/// Reads every area's question table ("Översikt av poängfördelning", "Poängsammanställning") from
/// a document's layout, by structure rather than by wording: running headers and footers are set
/// aside; the tables the table engine finds whose rows open with ids "N.M" beside numeric columns
/// seed zones (see <c>QuestionZoneFinder</c>; the engine is asked only for tables holding an id, so it
/// skips the page's other text blocks); each zone is read by geometry (see <c>ZoneReader</c>:
/// column roles from the numbers themselves, rows from ids, gaps and ruling lines); the rows are
/// assembled into areas across zones and pages by their headings and ids (see <c>QuestionAssembler</c>).
/// Pure and thread-safe.
/// </summary>
public sealed class QuestionTableReader
{
    private readonly QuestionTableOptions _options;
    private readonly TableExtractor _tables;
    private readonly QuestionZoneFinder _zones;
    private readonly ZoneReader _rows;
    private readonly QuestionAssembler _assembler;

    /// <summary>
    /// Creates a reader with <paramref name="options"/> (defaults when null);
    /// <paramref name="extractor"/> names it in provenance.
    /// </summary>
    public QuestionTableReader(QuestionTableOptions? options = null, string? extractor = null)
    {
        _options = options ?? new QuestionTableOptions();
        _tables = new TableExtractor(_options.Tables);
        _zones = new QuestionZoneFinder(_options);
        _rows = new ZoneReader(_options);
        _assembler = new QuestionAssembler(_options, extractor ?? ExtractionVersion.Of(nameof(QuestionTableExtractor)));
    }

    /// <summary>
    /// The areas' question tables in printed order, with the running headers and footers of
    /// <paramref name="found"/> set aside; none for a document without any.
    /// </summary>
    public IReadOnlyList<AreaQuestionTable> Read(IReadOnlyList<PageLines> pages, FurnitureResult found)
    {
        Guard.NotNull(pages);
        Guard.NotNull(found);
        var furniture = pages.SelectMany(p => p.Lines).Where(found.IsFurniture).SelectMany(l => l.Words).ToHashSet(ReferenceEqualityComparer.Instance);
        var pieces = new List<RowPiece>();
        ColumnRoles? previous = null;
        var zoneIndex = 0;
        foreach (var candidate in CandidatePages(pages))
        {
            var page = candidate.Page with { Words = candidate.Page.Words.Where(w => !furniture.Contains(w)).ToList() };
            var (zones, last) = _zones.Find(page, _tables.Extract(page, QuestionIdText.IsId), previous);
            foreach (var zone in zones)
            {
                pieces.AddRange(_rows.Read(zone, zoneIndex++).Pieces);
            }

            previous = last;
        }

        return _assembler.Assemble(pieces);
    }

    /// <summary>
    /// Pages with a line that opens with a question id, and the page after each (a table may end
    /// there with its total row); other pages cannot hold a question table, so the engine skips them.
    /// </summary>
    private static List<PageLines> CandidatePages(IReadOnlyList<PageLines> pages)
    {
        var withIds = pages
            .Where(p => p.Lines.Any(l => QuestionIdText.IsId(l.Words[0].Text)))
            .Select(p => p.Number)
            .ToHashSet();
        return pages.Where(p => withIds.Contains(p.Number) || withIds.Contains(p.Number - 1)).ToList();
    }
}
