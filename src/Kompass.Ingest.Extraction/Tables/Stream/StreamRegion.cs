using Kompass.Ingest.Extraction.Tables.Text;

namespace Kompass.Ingest.Extraction.Tables.Stream;

/// <summary>
/// What the stream detector knows about a block of lines before it forms rows: the lines, the
/// columns, each line's fragments, which columns hold numbers, which lines are column headings and
/// which lines open a row at the left edge of the first column.
/// </summary>
internal sealed record StreamRegion(
    IReadOnlyList<TextLine> Lines,
    ColumnGrid Grid,
    IReadOnlyList<IReadOnlyList<Fragment>> FragmentsByLine,
    IReadOnlyList<bool> NumericColumns,
    IReadOnlyList<bool> HeaderLines,
    IReadOnlyList<bool> OpeningLines,
    double Em)
{
    private readonly int[][] _valueColumns = ValueColumnsOf(FragmentsByLine, NumericColumns, HeaderLines);
    private readonly bool[] _hasText = HasTextOf(FragmentsByLine, NumericColumns);

    /// <summary>True when at least one column holds numbers.</summary>
    public bool HasNumericColumns => NumericColumns.Any(n => n);

    /// <summary>
    /// The numeric columns body line <paramref name="line"/> puts a value (or placeholder) in: a
    /// value never wraps, so two lines with a value in the same column are two rows. None for a
    /// heading line (a year above its column is a label).
    /// </summary>
    public IReadOnlyList<int> ValueColumns(int line) => _valueColumns[line];

    /// <summary>True when line <paramref name="line"/> has words outside the numeric columns (row text).</summary>
    public bool HasText(int line) => _hasText[line];

    // Both are read per line of every block analysed (each part and rest of a split block): plain
    // loops, no iterator and closure per line.
    private static int[][] ValueColumnsOf(IReadOnlyList<IReadOnlyList<Fragment>> byLine, IReadOnlyList<bool> numeric, IReadOnlyList<bool> header)
    {
        var columns = new int[byLine.Count][];
        var found = new List<int>();
        for (var line = 0; line < columns.Length; line++)
        {
            found.Clear();
            foreach (var f in byLine[line])
            {
                if (!header[line] && !f.IsSpanning && numeric[f.FirstColumn] && (f.IsNumber || f.IsPlaceholder))
                {
                    found.Add(f.FirstColumn);
                }
            }

            columns[line] = [.. found];
        }

        return columns;
    }

    private static bool[] HasTextOf(IReadOnlyList<IReadOnlyList<Fragment>> byLine, IReadOnlyList<bool> numeric)
    {
        var hasText = new bool[byLine.Count];
        for (var line = 0; line < hasText.Length; line++)
        {
            foreach (var f in byLine[line])
            {
                if (f.IsSpanning || !numeric[f.FirstColumn])
                {
                    hasText[line] = true;
                    break;
                }
            }
        }

        return hasText;
    }
}
