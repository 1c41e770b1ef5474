using Kompass.Ingest.Domain.Frameworks;

namespace Kompass.Ingest.Web.Store;

/// <summary>
/// The themes a finding can have: every subheading ("Rubrik") of every area of the framework
/// catalogs, in revision, area and catalog order, as the search and trend pages offer them
/// (<c>GET /api/themes?area=N</c>). A theme filter matches a finding's theme word for word, so the
/// pages send a subheading exactly as printed here. Immutable and thread-safe.
/// </summary>
public sealed class ThemeCatalog
{
    private readonly IReadOnlyList<ThemeChoice> _all;

    /// <summary>Reads the subheadings of <paramref name="catalogs"/>.</summary>
    public ThemeCatalog(IReadOnlyList<FrameworkCatalog> catalogs)
    {
        ArgumentNullException.ThrowIfNull(catalogs);
        _all = catalogs
            .OrderBy(c => c.Revision)
            .SelectMany(c => c.Areas.OrderBy(a => a.Number).SelectMany(a => a.Subheadings.Select(s => new ThemeChoice(c.Revision.ToName(), a.Number, s))))
            .ToList();
    }

    /// <summary>The themes of area <paramref name="area"/> in every revision, or of every area when null.</summary>
    public IReadOnlyList<ThemeChoice> Of(int? area) => area is null ? _all : _all.Where(t => t.Area == area).ToList();
}
