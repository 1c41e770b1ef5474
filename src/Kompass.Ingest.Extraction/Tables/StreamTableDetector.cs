using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Tables.Stream;
using Kompass.Ingest.Extraction.Tables.Text;

namespace Kompass.Ingest.Extraction.Tables;

/// <summary>
/// Finds tables from the alignment of words and the whitespace between them, like Tabula's
/// stream mode: columns are vertical channels of whitespace, rows are anchored by the values in
/// numeric columns and by lines flush with the first column, wrapped lines join the row they
/// belong to by position (never by content-stream order). Horizontal ruling lines, when present,
/// separate rows. Thread-safe.
/// </summary>
public sealed class StreamTableDetector : ITableDetector
{
    /// <summary>A part of a split block with fewer lines than this cannot show which of its columns are numeric (two values per column).</summary>
    private const int ShortPart = 3;

    private readonly StreamTableOptions _options;

    /// <summary>Creates a detector with <paramref name="options"/> (defaults when null).</summary>
    public StreamTableDetector(StreamTableOptions? options = null) => _options = options ?? new StreamTableOptions();

    /// <inheritdoc />
    public IReadOnlyList<Table> Detect(PageLayout page) => Detect(page, wanted: null);

    /// <summary>
    /// The tables of the page, top to bottom, that hold a word <paramref name="wanted"/> accepts (all
    /// when null). A block or part of one without such a word is skipped before its columns, rows
    /// and cells are worked out: a table's cells hold exactly the words of its lines, and each part
    /// is built on its own, so the tables kept are the ones a full read would give.
    /// </summary>
    public IReadOnlyList<Table> Detect(PageLayout page, Func<Word, bool>? wanted)
    {
        Guard.NotNull(page);
        var words = Lines.WordList.WithText(page.Words);
        if (words.Count == 0)
        {
            return [];
        }

        var em = EmSize.Of(words);
        var lines = TextLineBuilder.Build(words, _options.LineTolerance * em, _options.ColumnGap * em);
        var rules = page.Lines.Where(l => l.IsHorizontal).ToList();
        return StreamRegionFinder.Find(lines, em, _options)
            .Where(region => wanted is null || HasWord(region, wanted))
            .SelectMany(region => SplitAtHeadings(region, wanted))
            .Select(part => (Table: Build(part.Region, page.Number, rules), part.IsRemainder))
            .Where(p => (p.Table.RowCount >= _options.MinRows || p.IsRemainder)
                && p.Table.ColumnCount >= _options.MinColumns && p.Table.Confidence >= _options.MinConfidence)
            .Select(p => p.Table)
            .ToList();
    }

    /// <inheritdoc />
    public Table? DetectIn(PageLayout page, BoundingBox area)
    {
        Guard.NotNull(page);
        var words = page.Words.Where(w => !string.IsNullOrWhiteSpace(w.Text) && Contains(area, w.Box.CentreX, w.Box.CentreY)).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var em = EmSize.Of(words);
        var lines = TextLineBuilder.Build(words, _options.LineTolerance * em, _options.ColumnGap * em);
        var rules = page.Lines.Where(l => l.IsHorizontal && Contains(area, (l.X1 + l.X2) / 2, (l.Y1 + l.Y2) / 2)).ToList();
        return Build(Analyse(lines, whole: null), page.Number, rules);
    }

    /// <summary>
    /// A heading line below the body (rows of values, or any rows in a text-only table) starts a new table; each part finds its own columns (a
    /// summary table and the question tables below it differ), except that a part too short to show
    /// numeric columns of its own borrows its neighbour's. Rows of values above the first heading are
    /// the remainder of a table begun on the page before: they are kept however few they are. Only
    /// the parts holding a word <paramref name="wanted"/> accepts (all when null) are given, and only
    /// they are analysed again with their neighbour's columns.
    /// </summary>
    private IEnumerable<(StreamRegion Region, bool IsRemainder)> SplitAtHeadings(IReadOnlyList<TextLine> lines, Func<Word, bool>? wanted)
    {
        // Each part is analysed on its own only when it is given or lends its columns to one that
        // is: a page's other tables often share a block with a question table. The last part is the
        // rest of the block as it was last analysed.
        var parts = new List<IReadOnlyList<TextLine>>();
        var analysed = new List<StreamRegion?>();
        var rest = lines;
        while (true)
        {
            var region = Analyse(rest, whole: null);
            var split = HeadingBelowBody(region);
            if (split <= 0)
            {
                parts.Add(rest);
                analysed.Add(region);
                break;
            }

            parts.Add(rest.Take(split).ToList());
            analysed.Add(null);
            rest = rest.Skip(split).ToList();
        }

        StreamRegion Part(int i) => analysed[i] ??= Analyse(parts[i], whole: null);

        for (var i = 0; i < parts.Count; i++)
        {
            if (wanted is not null && !HasWord(parts[i], wanted))
            {
                continue;
            }

            // A part too short to show its numeric columns (a repeated heading and a total) reads with its neighbour's.
            var region = Part(i);
            var neighbour = i + 1 < parts.Count ? Part(i + 1) : i > 0 ? Part(i - 1) : null;
            if (neighbour is { HasNumericColumns: true } && (!region.HasNumericColumns || region.Lines.Count < ShortPart))
            {
                region = Analyse(region.Lines, neighbour);
            }

            var isRemainder = i == 0 && parts.Count > 1 && !region.HeaderLines.Any(h => h)
                && Enumerable.Range(0, region.Lines.Count).Any(l => region.ValueColumns(l).Count > 0);
            yield return (region, isRemainder);
        }
    }

    /// <summary>
    /// The first heading line below the region's body, which begins at the first values (or,
    /// without numeric columns, the first line that is no heading); -1 when there is none.
    /// </summary>
    internal static int HeadingBelowBody(StreamRegion region)
    {
        var count = region.Lines.Count;
        var numeric = region.HasNumericColumns;
        var body = 0;
        while (body < count && !(numeric ? region.ValueColumns(body).Count > 0 : !region.HeaderLines[body]))
        {
            body++;
        }

        for (var i = body; i < count; i++)
        {
            if (region.HeaderLines[i])
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Columns and line roles of <paramref name="lines"/>, with tolerances scaled by their own em; a part keeps the columns of its <paramref name="whole"/>.</summary>
    private StreamRegion Analyse(IReadOnlyList<TextLine> lines, StreamRegion? whole)
        => StreamRegionAnalyser.Analyse(lines, EmSize.Of(lines), _options, whole);

    private Table Build(StreamRegion region, int page, IReadOnlyList<RulingLine> rules)
    {
        var (rows, headerRows) = StreamRowAssigner.Assign(region, rules, _options);
        var cells = StreamCellBuilder.Build(region, rows, page);
        var columns = Enumerable.Range(0, region.Grid.Count)
            .Select(c => new ColumnBand(region.Grid.Bands[c].Left, region.Grid.Bands[c].Right, region.NumericColumns[c]))
            .ToList();
        var box = cells.Select(c => c.Box).Aggregate((a, b) => a.Union(b));
        var total = TotalRowFinder.Find(rows.Count, headerRows, columns, cells, _options.TotalRow);
        var table = new Table(TableMethod.Stream, [new TableRegion(page, box)], rows.Count, columns, cells, headerRows, total, Confidence: 0);
        return table with { Confidence = StreamConfidence.Of(region, table, rules, _options) };
    }

    private static bool HasWord(IReadOnlyList<TextLine> lines, Func<Word, bool> wanted)
    {
        foreach (var line in lines)
        {
            foreach (var word in line.Words)
            {
                if (wanted(word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Contains(BoundingBox area, double x, double y)
        => x >= Math.Min(area.Left, area.Right) && x <= Math.Max(area.Left, area.Right)
            && y >= Math.Min(area.Bottom, area.Top) && y <= Math.Max(area.Bottom, area.Top);
}
