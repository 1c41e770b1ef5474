using Kompass.Ingest.Pipeline.Analysis;
using Kompass.Ingest.Pipeline.Review;
using Kompass.Ingest.Pipeline.Search;

namespace Kompass.Ingest.Web.Store;

/// <summary>
/// The analysts' queries over one open store, as <c>kompass trends</c> and <c>kompass search</c>
/// run them: built by the composition root with the store of a <see cref="ReviewScope"/>, used by
/// one request and dropped with it. Not thread-safe.
/// </summary>
/// <param name="Evaluations">The store's effective evaluations (corrections applied, open flags beside them).</param>
/// <param name="Municipalities">Names and codes of the official list.</param>
/// <param name="Trends">One municipality over time.</param>
/// <param name="Areas">One area across municipalities.</param>
/// <param name="Search">Full-text search over strengths and improvements.</param>
/// <param name="Themes">The themes findings can be filtered by (the catalogs' subheadings).</param>
public sealed record AnalysisServices(
    EvaluationSource Evaluations,
    MunicipalityLookup Municipalities,
    MunicipalityTrendQuery Trends,
    AreaOverviewQuery Areas,
    FindingSearch Search,
    ThemeCatalog Themes);
