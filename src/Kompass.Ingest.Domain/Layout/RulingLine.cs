namespace Kompass.Ingest.Domain.Layout;

/// <summary>
/// A straight horizontal or vertical stroke (or the edge of a thin filled rectangle) drawn on a
/// page, in PDF points; the lattice table detector builds cells from these.
/// </summary>
public sealed record RulingLine(double X1, double Y1, double X2, double Y2)
{
    /// <summary>True when the line runs (nearly) horizontally.</summary>
    public bool IsHorizontal => Math.Abs(Y1 - Y2) < Math.Abs(X1 - X2);
}
