using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Extraction.Tables.Text;

namespace Kompass.Ingest.Extraction.Tables;

/// <summary>
/// Joins a table that runs on at the top of the next page. The last table of one page and the
/// first table of the next are one table when the first reaches the foot of its page and the
/// second starts at the head of its page (only running headers or footers between them and the page
/// break), they have the same columns (same count, each overlapping its counterpart) and the second
/// either has no heading rows or repeats the first's headings word for word (the repeat is
/// dropped). A different heading means a new table, and a table that ends in a total row is complete.
/// </summary>
public sealed class TableContinuationJoiner
{
    private readonly TableContinuationOptions _options;

    /// <summary>Creates a joiner with <paramref name="options"/> (defaults when null).</summary>
    public TableContinuationJoiner(TableContinuationOptions? options = null) => _options = options ?? new TableContinuationOptions();

    /// <summary>
    /// <paramref name="tables"/> of <paramref name="document"/> in document order (page by page, top
    /// to bottom) with each continued table joined to the one it continues.
    /// </summary>
    public IReadOnlyList<Table> Join(IReadOnlyList<Table> tables, DocumentLayout document)
    {
        Guard.NotNull(tables);
        Guard.NotNull(document);
        var joined = new List<Table>();
        foreach (var table in tables)
        {
            if (joined.Count > 0 && Continues(joined[^1], table) && AtPageBreak(joined[^1], table, document))
            {
                joined[^1] = Append(joined[^1], table);
                continue;
            }

            joined.Add(table);
        }

        return joined;
    }

    private bool Continues(Table previous, Table next)
    {
        if (next.Page != previous.LastPage + 1 || next.ColumnCount != previous.ColumnCount)
        {
            return false;
        }

        if (_options.TotalRowEndsTable && previous.TotalRow == previous.RowCount - 1)
        {
            return false;
        }

        var aligned = previous.Columns.Zip(next.Columns)
            .All(p => p.First.Overlap(p.Second) >= _options.ColumnOverlap * Math.Min(p.First.Width, p.Second.Width));
        return aligned && (next.HeaderRowCount == 0 || RepeatsHeader(previous, next));
    }

    private bool AtPageBreak(Table previous, Table next, DocumentLayout document)
    {
        var before = document.Pages.FirstOrDefault(p => p.Number == previous.LastPage);
        var after = document.Pages.FirstOrDefault(p => p.Number == next.Page);
        return before is not null && after is not null
            && LineCount(before.Words.Where(w => w.Box.Top <= previous.Regions[^1].Box.Bottom)) <= _options.MaxFurnitureLines
            && LineCount(after.Words.Where(w => w.Box.Bottom >= next.Box.Top)) <= _options.MaxFurnitureLines;
    }

    /// <summary>How many printed lines <paramref name="words"/> make (centres within half a word height share a line).</summary>
    private static int LineCount(IEnumerable<Word> words)
    {
        var list = words.ToList();
        return list.Count == 0 ? 0 : TextLineBuilder.Build(list, EmSize.Median(list.Select(w => w.Box.Height)) / 2, double.MaxValue).Count;
    }

    private static bool RepeatsHeader(Table previous, Table next)
        => previous.HeaderRowCount == next.HeaderRowCount
            && Enumerable.Range(0, next.HeaderRowCount).All(r => Enumerable.Range(0, next.ColumnCount)
                .All(c => Normalised(previous.TextAt(r, c)) == Normalised(next.TextAt(r, c))));

    private Table Append(Table previous, Table next)
    {
        var skipped = next.HeaderRowCount;
        var offset = previous.RowCount - skipped;
        var cells = previous.Cells.Concat(next.Cells.Where(c => c.Row >= skipped).Select(c => c.ShiftedBy(offset))).ToList();
        var rows = previous.RowCount + next.RowCount - skipped;
        return previous with
        {
            Regions = [.. previous.Regions, .. next.Regions],
            RowCount = rows,
            Cells = cells,
            TotalRow = TotalRowFinder.Find(rows, previous.HeaderRowCount, previous.Columns, cells, _options.TotalRow),
            Confidence = Math.Min(previous.Confidence, next.Confidence),
        };
    }

    private static string Normalised(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
