namespace Kompass.Ingest.Extraction.Tables.Stream;

/// <summary>The columns of a stream region: the whitespace channels between them and each column's content extent.</summary>
internal sealed record ColumnGrid(IReadOnlyList<Channel> Channels, IReadOnlyList<(double Left, double Right)> Bands)
{
    /// <summary>Number of columns.</summary>
    public int Count => Bands.Count;

    /// <summary>True when a channel touches the horizontal interval [<paramref name="left"/>, <paramref name="right"/>].</summary>
    public bool HasChannelTouching(double left, double right)
    {
        // A plain loop: this runs for every gap between words of a region, where a closure per call was garbage.
        foreach (var channel in Channels)
        {
            if (channel.Touches(left, right))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The 0-based column that horizontal position <paramref name="x"/> falls in.</summary>
    public int ColumnOf(double x)
    {
        // A plain loop: this runs for every fragment of a region, where a closure per call was garbage.
        var column = 0;
        foreach (var channel in Channels)
        {
            column += channel.Centre < x ? 1 : 0;
        }

        return column;
    }
}
