namespace Kompass.Ingest.Extraction.Tables;

/// <summary>
/// The horizontal extent of one column in PDF points (left and right edge of its content for a
/// stream table, the ruling lines for a lattice table), and whether the column holds numbers.
/// </summary>
public sealed record ColumnBand(double Left, double Right, bool IsNumeric)
{
    /// <summary>Width in points.</summary>
    public double Width => Right - Left;

    /// <summary>How many points this band and <paramref name="other"/> share horizontally (0 when apart).</summary>
    public double Overlap(ColumnBand other) => Math.Max(0, Math.Min(Right, other.Right) - Math.Max(Left, other.Left));
}
