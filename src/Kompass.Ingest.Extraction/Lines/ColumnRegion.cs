namespace Kompass.Ingest.Extraction.Lines;

/// <summary>
/// A run of rows set in two columns: rows <see cref="FirstRow"/> to <see cref="LastRow"/>
/// (inclusive, the page's baseline bands) and the gutter between <see cref="GutterLeft"/> and
/// <see cref="GutterRight"/> (PDF points) that no line of those rows crosses.
/// </summary>
internal sealed record ColumnRegion(int FirstRow, int LastRow, double GutterLeft, double GutterRight)
{
    /// <summary>True when <paramref name="line"/> stands left of the gutter.</summary>
    public bool IsLeft(TextLine line) => line.Box.CentreX < (GutterLeft + GutterRight) / 2;
}
