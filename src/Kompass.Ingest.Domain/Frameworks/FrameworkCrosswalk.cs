using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Domain.Frameworks;

/// <summary>
/// Which 2010 area each area of the 2002 and 2020 revisions corresponds to, for following an area
/// over the years (<c>pipelines/frameworks/crosswalk/crosswalk.json</c>, reasoning in
/// <c>CROSSWALK.md</c> beside it). The 2010 revision is the hub because it sits between the other
/// two. Immutable and safe to share between threads.
/// </summary>
/// <param name="Warning">The sentence an analysis must show wherever it crosses a revision.</param>
/// <param name="Source">What the links rest on: what is known and what is assumed.</param>
/// <param name="Entries">One entry per area of 2002 and 2020.</param>
public sealed record FrameworkCrosswalk(string Warning, string Source, IReadOnlyList<CrosswalkEntry> Entries)
{
    /// <summary>
    /// The links of <paramref name="area"/> of <paramref name="revision"/> to the 2010 areas. For
    /// 2010 itself, the identity (not approximate). Throws <see cref="ArgumentOutOfRangeException"/>
    /// for a 2002 or 2020 area the crosswalk has no entry for: crossing a revision silently is what
    /// the crosswalk exists to prevent.
    /// </summary>
    public IReadOnlyList<CrosswalkLink> To2010(FrameworkRevision revision, int area)
    {
        if (revision == FrameworkRevision.Rev2010)
        {
            return [CrosswalkLink.Identity(area)];
        }

        return Entries.SingleOrDefault(e => e.Revision == revision && e.Area == area)?.Links
            ?? throw new ArgumentOutOfRangeException(nameof(area), area, $"the crosswalk has no entry for {revision.ToName()} area {area}");
    }
}
