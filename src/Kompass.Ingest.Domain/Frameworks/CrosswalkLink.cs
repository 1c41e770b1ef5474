namespace Kompass.Ingest.Domain.Frameworks;

/// <summary>
/// One link of a crosswalk entry to an area of the 2010 revision. <see cref="Approximate"/> is
/// true for every link that crosses a revision unless the area is demonstrably the same; an
/// analyst comparing along an approximate link must show the break.
/// </summary>
/// <param name="To">The 2010 area number; null exactly when <see cref="Kind"/> is <see cref="CrosswalkKind.None"/>.</param>
/// <param name="Kind">How the two areas relate.</param>
/// <param name="Approximate">True when scores along this link are not interchangeable.</param>
/// <param name="RestsOnInvented">True when the link rests on area names the catalogs invent (the 2002 names of areas 3–8).</param>
/// <param name="Reason">Why the link holds, and what is assumed; one or two sentences.</param>
public sealed record CrosswalkLink(int? To, CrosswalkKind Kind, bool Approximate, bool RestsOnInvented, string Reason)
{
    /// <summary>The link of a 2010 area to itself: the same area, not approximate.</summary>
    public static CrosswalkLink Identity(int area)
        => new(area, CrosswalkKind.Same, Approximate: false, RestsOnInvented: false, "the 2010 area itself: no revision is crossed");
}
