using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Lines;
using Kompass.Ingest.Extraction.Metadata.Dates;

namespace Kompass.Ingest.Extraction.Furniture;

/// <summary>
/// What <see cref="PageFurnitureDetector"/> found: the furniture lines (headers, footers, page
/// numbers, running titles), the dates printed in them (each with its page and box, for the report
/// date and as a last hint of the year), and the page numbering. Immutable and thread-safe.
/// </summary>
public sealed class FurnitureResult
{
    private readonly HashSet<TextLine> _lines;

    /// <summary>Wraps what was found.</summary>
    public FurnitureResult(IReadOnlyList<FurnitureLine> lines, IReadOnlyList<Sourced<DateMention>> dates, PageNumberPattern? pageNumbers)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(dates);
        Lines = lines;
        Dates = dates;
        PageNumbers = pageNumbers;
        _lines = new HashSet<TextLine>(lines.Select(l => l.Line), ReferenceEqualityComparer.Instance);
    }

    /// <summary>No furniture at all (a one-page document, a document without headers).</summary>
    public static FurnitureResult None { get; } = new([], [], null);

    /// <summary>Every furniture line, page by page, top to bottom.</summary>
    public IReadOnlyList<FurnitureLine> Lines { get; }

    /// <summary>Every date printed in a furniture line, in page order (the same date recurs once per page).</summary>
    public IReadOnlyList<Sourced<DateMention>> Dates { get; }

    /// <summary>The page numbering, when the document prints page numbers.</summary>
    public PageNumberPattern? PageNumbers { get; }

    /// <summary>True when <paramref name="line"/> (the very instance from the page's lines) is furniture.</summary>
    public bool IsFurniture(TextLine line) => _lines.Contains(line);

    /// <summary>The lines of <paramref name="page"/> that are not furniture, in reading order.</summary>
    public IReadOnlyList<TextLine> BodyLines(PageLines page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Lines.Where(l => !_lines.Contains(l)).ToList();
    }

    /// <summary>
    /// The full date the furniture prints most often (the report date in a header or footer),
    /// earliest page first on a tie; null when the furniture carries no full date.
    /// </summary>
    public Sourced<DateMention>? MostFrequentFullDate()
        => Dates.Where(d => d.Value.IsFullDate && !d.Value.IsRange)
            .GroupBy(d => d.Value.Date)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.First().Source.Page)
            .Select(g => g.First())
            .FirstOrDefault();
}
