namespace Kompass.Ingest.Extraction.Tables.Stream;

/// <summary>
/// A vertical strip of whitespace between two columns, in PDF points; <see cref="Crossings"/> is
/// how many lines still cross it (spanning cells).
/// </summary>
internal sealed record Channel(double Left, double Right, int Crossings)
{
    /// <summary>The middle of the strip: words left of it are in the column before.</summary>
    public double Centre => (Left + Right) / 2;

    /// <summary>True when the horizontal interval [<paramref name="left"/>, <paramref name="right"/>] touches this strip.</summary>
    public bool Touches(double left, double right) => left <= Right && right >= Left;
}
