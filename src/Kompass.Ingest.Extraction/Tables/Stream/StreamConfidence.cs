using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Tables.Text;

namespace Kompass.Ingest.Extraction.Tables.Stream;

/// <summary>
/// How sure the stream detector is that a block is a table. Whitespace alone cannot tell a table
/// from two columns of body text or the labels scattered around a chart, so content weighs in: a
/// numeric column is strong evidence; without one, text columns that all read like running prose
/// (many words per line) are evidence against, and so is a column whose body lines do not share a
/// left, right or centre edge, and a text-only block of fewer than three rows is weak evidence.
/// Whatever the content, a grid that stays mostly empty, whose columns mostly hold a single value
/// (the value labels of a bar chart) or whose rows mostly hold a single cell (the labels around a
/// spider chart) is doubtful. A ruling line
/// along the top or bottom edge adds a little.
/// </summary>
internal static class StreamConfidence
{
    private const double WithNumbers = 0.9;
    private const double TextOnly = 0.6;
    private const double ProsePenalty = 0.3;
    private const double RaggedPenalty = 0.5;
    private const double FewRowsPenalty = 0.8;
    private const int FewRows = 3;
    private const double SingleCellRowsPenalty = 0.5;
    private const double SingleValueColumnsPenalty = 0.5;

    /// <summary>Below this share of filled grid positions the score falls in proportion (a fifth of it at worst).</summary>
    private const double DenseShare = 0.5;
    private const double MinDensityFactor = 0.2;

    /// <summary>A column is aligned when at least this share of its body lines start, end or centre at one position.</summary>
    private const double AlignedShare = 0.75;
    private const double RuleBonus = 0.1;

    /// <summary>A score in [0, 1] for <paramref name="region"/> read as <paramref name="table"/> (its first region's box).</summary>
    public static double Of(StreamRegion region, Table table, IReadOnlyList<RulingLine> rules, StreamTableOptions options)
    {
        var box = table.Box;
        var score = region.HasNumericColumns ? WithNumbers : TextOnly;
        if (!region.HasNumericColumns && AllProse(region, options.ProseWordsPerLine))
        {
            score *= ProsePenalty;
        }

        if (!region.HasNumericColumns && !Aligned(region, options.AlignmentTolerance * region.Em))
        {
            score *= RaggedPenalty;
        }

        if (!region.HasNumericColumns && table.RowCount < FewRows)
        {
            score *= FewRowsPenalty;
        }

        score *= Math.Clamp(Density(table) / DenseShare, MinDensityFactor, 1);
        if (SingleCellRowShare(table) >= 0.5)
        {
            score *= SingleCellRowsPenalty;
        }

        if (SingleValueColumnShare(table) > 0.5)
        {
            score *= SingleValueColumnsPenalty;
        }

        if (rules.Any(r => Borders(r, box, region.Em, options.RuleCoverage)))
        {
            score += RuleBonus;
        }

        return Math.Clamp(score, 0, 1);
    }

    /// <summary>Share of the grid positions covered by a cell with words.</summary>
    private static double Density(Table table)
    {
        var positions = table.RowCount * table.ColumnCount;
        return positions == 0 ? 0 : (double)table.Cells.Where(c => !c.IsEmpty).Sum(c => c.RowSpan * c.ColumnSpan) / positions;
    }

    /// <summary>Share of the body rows (below the headings) with words in one cell only.</summary>
    private static double SingleCellRowShare(Table table)
    {
        var body = Enumerable.Range(table.HeaderRowCount, table.RowCount - table.HeaderRowCount).ToList();
        return body.Count == 0 ? 0 : (double)body.Count(r => table.CellsInRow(r).Count(c => !c.IsEmpty) < 2) / body.Count;
    }

    /// <summary>Share of the columns with words in at most one body cell, when there are at least two body rows.</summary>
    private static double SingleValueColumnShare(Table table)
    {
        if (table.RowCount - table.HeaderRowCount < 2 || table.ColumnCount == 0)
        {
            return 0;
        }

        var body = table.Cells.Where(c => c.Row >= table.HeaderRowCount && !c.IsEmpty).ToList();
        return (double)Enumerable.Range(0, table.ColumnCount).Count(col => body.Count(c => c.Covers(c.Row, col)) < 2) / table.ColumnCount;
    }

    private static bool AllProse(StreamRegion region, double wordsPerLine)
    {
        var fragments = region.FragmentsByLine.SelectMany(f => f).Where(f => !f.IsSpanning).ToList();
        return Enumerable.Range(0, region.Grid.Count)
            .Select(c => fragments.Where(f => f.FirstColumn == c).ToList())
            .All(column => column.Count == 0 || column.Average(f => f.Words.Count) >= wordsPerLine);
    }

    /// <summary>True when in every column most body fragments share a left, right or centre edge (indented sub-items may differ).</summary>
    private static bool Aligned(StreamRegion region, double tolerance)
    {
        var body = region.FragmentsByLine.Where((_, line) => !region.HeaderLines[line]).SelectMany(f => f).Where(f => !f.IsSpanning).ToList();
        return Enumerable.Range(0, region.Grid.Count)
            .Select(c => body.Where(f => f.FirstColumn == c).ToList())
            .Where(column => column.Count >= 2)
            .All(column => Shared(column.Select(f => f.Box.Left), tolerance)
                || Shared(column.Select(f => f.Box.Right), tolerance)
                || Shared(column.Select(f => f.Box.CentreX), tolerance));
    }

    private static bool Shared(IEnumerable<double> edges, double tolerance)
    {
        var list = edges.ToList();
        var median = EmSize.Median(list);
        return list.Count(e => Math.Abs(e - median) <= tolerance) >= AlignedShare * list.Count;
    }

    private static bool Borders(RulingLine rule, BoundingBox box, double em, double coverage)
    {
        var y = (rule.Y1 + rule.Y2) / 2;
        var covered = Math.Min(box.Right, Math.Max(rule.X1, rule.X2)) - Math.Max(box.Left, Math.Min(rule.X1, rule.X2));
        return covered >= coverage * box.Width && (Math.Abs(y - box.Top) <= em || Math.Abs(y - box.Bottom) <= em);
    }
}
