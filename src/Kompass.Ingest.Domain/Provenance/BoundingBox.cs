using System.Globalization;

namespace Kompass.Ingest.Domain.Provenance;

/// <summary>
/// A rectangle on a page in PDF points, origin at the bottom-left of the page as displayed
/// (PdfPig's letter coordinates): <see cref="Bottom"/> is smaller than <see cref="Top"/>.
/// </summary>
public readonly record struct BoundingBox(double Left, double Bottom, double Right, double Top)
{
    /// <summary>Width in points.</summary>
    public double Width => Right - Left;

    /// <summary>Height in points.</summary>
    public double Height => Top - Bottom;

    /// <summary>Vertical centre in points.</summary>
    public double CentreY => (Bottom + Top) / 2;

    /// <summary>Horizontal centre in points.</summary>
    public double CentreX => (Left + Right) / 2;

    /// <summary>The smallest box that holds both boxes.</summary>
    public BoundingBox Union(BoundingBox other) => new(
        Math.Min(Left, other.Left), Math.Min(Bottom, other.Bottom),
        Math.Max(Right, other.Right), Math.Max(Top, other.Top));

    /// <summary>The smallest box that holds every box; null for none.</summary>
    public static BoundingBox? UnionOf(IEnumerable<BoundingBox> boxes)
    {
        BoundingBox? result = null;
        foreach (var box in boxes)
        {
            result = result is { } r ? r.Union(box) : box;
        }

        return result;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"[{Left:0.#},{Bottom:0.#},{Right:0.#},{Top:0.#}]");
}
