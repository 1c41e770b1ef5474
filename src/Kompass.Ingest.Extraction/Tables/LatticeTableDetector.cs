using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Tables.Lattice;
using Kompass.Ingest.Extraction.Tables.Text;

namespace Kompass.Ingest.Extraction.Tables;

/// <summary>
/// Finds tables from ruling lines, like Tabula's lattice (spreadsheet) mode: lines that cross form a
/// grid, each rectangle enclosed by drawn lines is a cell, and a rectangle missing an inner line
/// spans the elementary cells on both sides of it. Needs at least two drawn lines of each
/// orientation (two crossing axes are not a table; a table ruled only horizontally is left to
/// <see cref="StreamTableDetector"/>) and words in enough of the cells (a bar chart's bars and
/// gridlines cross too). Thread-safe.
/// </summary>
public sealed class LatticeTableDetector : ITableDetector
{
    private readonly LatticeTableOptions _options;

    /// <summary>Creates a detector with <paramref name="options"/> (defaults when null).</summary>
    public LatticeTableDetector(LatticeTableOptions? options = null) => _options = options ?? new LatticeTableOptions();

    /// <inheritdoc />
    public IReadOnlyList<Table> Detect(PageLayout page)
    {
        Guard.NotNull(page);
        var (horizontal, vertical) = RulingNormaliser.Normalise(page.Lines, _options);
        return RulingComponents.Find(horizontal, vertical, _options.LineJoinTolerance)
            .Select(c => Build(page, c.Horizontal, c.Vertical))
            .OfType<Table>()
            .OrderByDescending(t => t.Box.Top)
            .ToList();
    }

    /// <inheritdoc />
    public Table? DetectIn(PageLayout page, BoundingBox area)
    {
        Guard.NotNull(page);
        var slack = _options.LineJoinTolerance;
        bool Inside(double x, double y) => x >= area.Left - slack && x <= area.Right + slack && y >= area.Bottom - slack && y <= area.Top + slack;
        var lines = page.Lines.Where(l => Inside(l.X1, l.Y1) && Inside(l.X2, l.Y2));
        var (horizontal, vertical) = RulingNormaliser.Normalise(lines, _options);
        return horizontal.Count == 0 || vertical.Count == 0 ? null : Build(page, horizontal, vertical);
    }

    /// <summary>
    /// The page's ruled grids, as <see cref="Detect"/> finds them and in its order: each one's
    /// outline, and its table when a word of its cells is one <paramref name="wanted"/> accepts.
    /// A caller that only uses tables seeded by certain words needs no more of the others than
    /// their outlines (to set their words aside), so their numeric columns, header rows and total
    /// row are not read.
    /// </summary>
    internal IReadOnlyList<(BoundingBox Outline, Table? Table)> DetectHolding(PageLayout page, Func<Word, bool> wanted)
    {
        Guard.NotNull(page);
        Guard.NotNull(wanted);
        var (horizontal, vertical) = RulingNormaliser.Normalise(page.Lines, _options);
        return RulingComponents.Find(horizontal, vertical, _options.LineJoinTolerance)
            .Select(c => Lay(page, c.Horizontal, c.Vertical))
            .OfType<LaidGrid>()
            .Select(g => (g.Outline, g.Cells.Any(c => c.Words.Any(wanted)) ? Complete(g) : null))
            .OrderByDescending(r => r.Outline.Top)
            .ToList();
    }

    private Table? Build(PageLayout page, IReadOnlyList<Segment> horizontal, IReadOnlyList<Segment> vertical)
        => Lay(page, horizontal, vertical) is { } laid ? Complete(laid) : null;

    // The grid the lines form and its cells with their words; null when they are no table (too
    // few rows, columns or drawn edges, no words, or too few cells filled).
    private LaidGrid? Lay(PageLayout page, IReadOnlyList<Segment> horizontal, IReadOnlyList<Segment> vertical)
    {
        var grid = LatticeGrid.Of(horizontal, vertical, _options);
        if (grid.Rows < _options.MinRows || grid.Columns < _options.MinColumns || grid.DrawnRowEdges < 2 || grid.DrawnColumnEdges < 2)
        {
            return null;
        }

        var outline = new BoundingBox(grid.Xs[0], grid.Ys[^1], grid.Xs[^1], grid.Ys[0]);
        var words = page.Words.Where(w => !string.IsNullOrWhiteSpace(w.Text)
            && w.Box.CentreX >= outline.Left && w.Box.CentreX <= outline.Right
            && w.Box.CentreY >= outline.Bottom && w.Box.CentreY <= outline.Top).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var cells = LatticeCellBuilder.Build(grid, words, page.Number, _options.LineTolerance * EmSize.Of(words));
        if (cells.Count(c => !c.IsEmpty) < _options.MinFilledCellShare * cells.Count)
        {
            return null;
        }

        return new LaidGrid(page.Number, grid, outline, cells);
    }

    // The table of a laid grid: its numeric columns, header rows and total row read from the cells.
    private Table Complete(LaidGrid laid)
    {
        var (page, grid, outline, cells) = laid;
        var numeric = CellGridAnalysis.NumericColumns(cells, grid.Columns, _options.NumericColumnShare);
        var columns = Enumerable.Range(0, grid.Columns).Select(c => new ColumnBand(grid.Xs[c], grid.Xs[c + 1], numeric[c])).ToList();
        var headerRows = CellGridAnalysis.HeaderRows(cells, numeric, grid.Rows);
        var total = TotalRowFinder.Find(grid.Rows, headerRows, columns, cells, _options.TotalRow);
        return new Table(TableMethod.Lattice, [new TableRegion(page, outline)], grid.Rows, columns, cells, headerRows, total, 1.0);
    }

    private sealed record LaidGrid(int Page, LatticeGrid Grid, BoundingBox Outline, IReadOnlyList<TableCell> Cells);
}
