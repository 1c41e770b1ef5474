namespace Kompass.Ingest.Extraction.Lines;

/// <summary>
/// A page's lines by baseline band (<see cref="TextLine.Row"/>): the rows top to bottom, each row's
/// lines left to right, lines at the same left edge in the order given. What grouping by row and
/// ordering each group by its left edge gives, in one sort of small keys: the summary reader and
/// the row texts read every page so. Pure.
/// </summary>
internal static class RowBands
{
    /// <summary>The rows of <paramref name="lines"/>, each a list of its lines left to right.</summary>
    public static List<List<TextLine>> LeftToRight(IEnumerable<TextLine> lines)
    {
        var given = lines as IReadOnlyList<TextLine> ?? lines.ToList();
        var keys = new Key[given.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = new Key(given[i].Row, given[i].Box.Left, i);
        }

        Array.Sort(keys);
        var rows = new List<List<TextLine>>();
        for (var k = 0; k < keys.Length; k++)
        {
            if (k == 0 || keys[k].Row != keys[k - 1].Row)
            {
                rows.Add(new List<TextLine>(1));
            }

            rows[^1].Add(given[keys[k].Index]);
        }

        return rows;
    }

    /// <summary>A line's row, left edge and index: ordered by row, then left edge, then index (no two are equal), the sort calling this directly.</summary>
    internal readonly record struct Key(int Row, double Left, int Index) : IComparable<Key>
    {
        /// <inheritdoc />
        public int CompareTo(Key other)
            => Row != other.Row ? Row.CompareTo(other.Row)
                : Left.CompareTo(other.Left) is var byLeft && byLeft != 0 ? byLeft : Index.CompareTo(other.Index);
    }
}
