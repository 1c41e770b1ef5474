using Kompass.Ingest.Web.Store;

namespace Kompass.Ingest.Web.Api.Json;

/// <summary>The themes findings can be filtered by (<c>GET /api/themes</c>).</summary>
/// <param name="Area">The area asked about; null: every area.</param>
/// <param name="Themes">Its subheadings in every revision, in revision, area and catalog order.</param>
public sealed record ThemesJson(int? Area, IReadOnlyList<ThemeChoice> Themes);
