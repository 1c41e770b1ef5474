namespace Kompass.Ingest.Extraction.Tables.Stream;

/// <summary>The columns of a stream region: the whitespace channels between them and each column's content extent.</summary>
internal sealed record ColumnGrid(IReadOnlyList<Channel> Channels, IReadOnlyList<(double Left, double Right)> Bands)
{
    /// <summary>Number of columns.</summary>
    public int Count => Bands.Count;

    /// <summary>The 0-based column that horizontal position <paramref name="x"/> falls in.</summary>
    public int ColumnOf(double x) => Channels.Count(c => c.Centre < x);
}
