using Kompass.Ingest.Export;
using Kompass.Ingest.Extraction;
using Kompass.Ingest.Extraction.Frameworks;
using Kompass.Ingest.Extraction.Metadata;
using Kompass.Ingest.Extraction.Questions;
using Kompass.Ingest.Extraction.Sections;
using Kompass.Ingest.Extraction.Summary;
using Kompass.Ingest.Extraction.Validation;
using Kompass.Ingest.Layout;
using Kompass.Ingest.Pipeline;
using Kompass.Ingest.Pipeline.Analysis;
using Kompass.Ingest.Pipeline.Review;
using Kompass.Ingest.Pipeline.Search;
using Kompass.Ingest.Storage;
using Kompass.Ingest.Web.Store;

namespace Kompass.Ingest.Cli.Composition;

/// <summary>
/// The one wiring of the ingest and export stages, shared by every verb that runs them
/// (<c>ingest</c>, <c>export</c>, <c>eval</c>), so that <c>eval</c> always scores exactly the
/// pipeline that <c>ingest</c> runs. A new extractor part or option is added here, once.
/// </summary>
public static class PipelineFactory
{
    /// <summary>Opens (or, read-write, creates) the store file; every problem with it is a one-line user error.</summary>
    public static IDocumentStore OpenStore(string path, StoreAccess access = StoreAccess.ReadWrite)
        => LiteDbDocumentStore.Open(path, StoreBsonMapper.Create(), access);

    /// <summary>The ingest runner over <paramref name="store"/>; the caller owns and disposes the store.</summary>
    public static IngestRunner CreateIngestRunner(IDocumentStore store, TimeProvider time)
        => new(new ArchiveScanner(), new Fingerprinter(), CreateExtractionStage(), store, time, CreateValidator(PipelineDefinitions.Current));

    /// <summary>The flag rules over the shipped catalogs, municipality list and tolerances.</summary>
    public static DocumentValidator CreateValidator(PipelineDefinitions definitions)
        => new(definitions.Catalogs, definitions.Municipalities, definitions.Validation);

    /// <summary>The read-and-extract stage that ingest runs on each new document.</summary>
    public static ExtractionStage CreateExtractionStage()
        => new(new PdfLayoutReader(), CreateExtractor(PipelineDefinitions.Current));

    /// <summary>
    /// The report extractor with every part, in the order they build on each other: metadata
    /// (municipality, year) first, then the summary table, the area sections and the question
    /// tables, and last the framework revision, which reads the areas and questions found.
    /// </summary>
    public static ReportExtractor CreateExtractor(PipelineDefinitions definitions)
        => new(
            parts:
            [
                new MetadataExtractor(definitions.Municipalities),
                new SummaryTableExtractor(definitions.Catalogs),
                new AreaSectionExtractor(definitions.Catalogs),
                new QuestionTableExtractor(),
                new FrameworkExtractor(definitions.Catalogs),
            ],
            definitionsVersion: definitions.Version);

    /// <summary>The export runner over <paramref name="store"/> (effective values, the contract's default, unless told otherwise).</summary>
    public static ExportRunner CreateExportRunner(IDocumentReader store, TimeProvider time, ExportValues values = ExportValues.Effective)
        => new(store, new ExportDocumentMapper(), new ExportWriter(time), values, new FlagReview(CreateValidator(PipelineDefinitions.Current)));

    /// <summary>The analysts' reading of <paramref name="store"/>: scores with corrections applied and open flags beside them.</summary>
    public static EvaluationSource CreateEvaluationSource(IDocumentReader store)
        => new(store, new FlagReview(CreateValidator(PipelineDefinitions.Current)));

    /// <summary>Municipality names and codes of the official list.</summary>
    public static MunicipalityLookup CreateMunicipalityLookup() => new(PipelineDefinitions.Current.Municipalities);

    /// <summary>The analysts' queries over <paramref name="store"/>, as <c>kompass trends</c> and <c>kompass search</c> run them.</summary>
    public static AnalysisServices CreateAnalysisServices(IDocumentReader store)
    {
        var lookup = CreateMunicipalityLookup();
        return new AnalysisServices(
            CreateEvaluationSource(store),
            lookup,
            new MunicipalityTrendQuery(PipelineDefinitions.Current.Crosswalk),
            new AreaOverviewQuery(lookup),
            new FindingSearch(store, lookup));
    }

    /// <summary>The reviewers' service over <paramref name="store"/>; the caller owns and disposes the store.</summary>
    public static ReviewService CreateReviewService(IDocumentStore store, TimeProvider time)
    {
        var definitions = PipelineDefinitions.Current;
        return new ReviewService(store, new FlagReview(CreateValidator(definitions)), new MunicipalityLookup(definitions.Municipalities), time);
    }

    /// <summary>
    /// Opens the store at <paramref name="path"/> for one unit of the review server's work and builds
    /// the reviewers' service over it; disposing the scope closes the store. The server's
    /// <see cref="ReviewScopeFactory"/>.
    /// </summary>
    public static ReviewScope OpenReviewScope(string path, StoreAccess access, TimeProvider time)
    {
        var store = OpenStore(path, access);
        try
        {
            return new ReviewScope(store, CreateReviewService(store, time), CreateAnalysisServices(store));
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }
}
