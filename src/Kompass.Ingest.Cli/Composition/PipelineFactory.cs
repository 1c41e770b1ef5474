using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Export;
using Kompass.Ingest.Extraction;
using Kompass.Ingest.Extraction.Frameworks;
using Kompass.Ingest.Extraction.Metadata;
using Kompass.Ingest.Extraction.Questions;
using Kompass.Ingest.Extraction.Reconciliation;
using Kompass.Ingest.Extraction.Sections;
using Kompass.Ingest.Extraction.Summary;
using Kompass.Ingest.Extraction.Validation;
using Kompass.Ingest.Layout;
using Kompass.Ingest.Ocr;
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
    /// <summary>
    /// Opens (or, read-write, creates) the store file, waiting up to <paramref name="wait"/> (default
    /// <see cref="SharedStoreFile.DefaultWait"/>) while another process holds it; every problem with
    /// it is a one-line user error. The caller holds it until disposing it: keep that short.
    /// </summary>
    public static IDocumentStore OpenStore(string path, StoreAccess access = StoreAccess.ReadWrite, TimeSpan? wait = null)
        => SharedStore(path, access, wait).Open();

    /// <summary>The store file as several processes share it: opened for each use, waiting for its turn.</summary>
    public static SharedStoreFile SharedStore(string path, StoreAccess access = StoreAccess.ReadWrite, TimeSpan? wait = null)
        => new(path, StoreBsonMapper.Create(), access, wait ?? CommandStoreWait());

    /// <summary>The variable that sets how long a command waits for a store another process holds.</summary>
    public const string StoreWaitVariable = "KOMPASS_STORE_WAIT_SECONDS";

    // How long a command waits for the store: $KOMPASS_STORE_WAIT_SECONDS, else the default.
    private static TimeSpan CommandStoreWait()
    {
        var text = Environment.GetEnvironmentVariable(StoreWaitVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return SharedStoreFile.DefaultWait;
        }

        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0 and <= 86_400
            ? TimeSpan.FromSeconds(seconds)
            : throw new Domain.Guards.UserActionableException($"{StoreWaitVariable} must be a number of seconds from 0 to 86400, not '{text}'");
    }

    /// <summary>
    /// The ingest runner over a shared store file: it holds the store only while it writes.
    /// <paramref name="ocrCache"/> is the folder of cached OCR results (see <see cref="OcrCacheBeside"/>); null caches nothing.
    /// </summary>
    public static IngestRunner CreateIngestRunner(ISharedStore store, TimeProvider time, IngestOptions? options = null, string? ocrCache = null)
        => new(new ArchiveScanner(), new Fingerprinter(), CreateExtractionStage(ocrCache), store, time, CreateValidator(PipelineDefinitions.Current), options, LearningFactory.CreateThemes(LearningFactory.Models));

    /// <summary>The OCR cache folder beside the store file <paramref name="storePath"/>: <c>FILE.ocr-cache/</c>.</summary>
    public static string OcrCacheBeside(string storePath) => Guard.NotNull(storePath) + ".ocr-cache";

    /// <summary>
    /// The ingest runner over a store the caller holds open (and disposes): <c>eval</c>'s private store, tests;
    /// <paramref name="ocrCache"/> as in the shared store's runner.
    /// </summary>
    public static IngestRunner CreateIngestRunner(IDocumentStore store, TimeProvider time, IngestOptions? options = null, string? ocrCache = null)
        => CreateIngestRunner(new HeldStore(store), time, options, ocrCache);

    /// <summary>
    /// Where <c>kompass eval</c> keeps OCR results when not told: <c>kompass-ocr-cache</c> in the
    /// system's temporary folder, so that scoring a scanned sample again does not recognise its pages again.
    /// </summary>
    public static string DefaultEvalOcrCache() => Path.Combine(Path.GetTempPath(), "kompass-ocr-cache");

    /// <summary>
    /// The flag rules over the shipped catalogs, municipality list and tolerances, and after them the
    /// placement model (<see cref="LearningFactory.Models"/>) for <c>finding-misplaced</c>: one
    /// validator for ingest, review and export alike, so a correction re-runs exactly what ingest ran.
    /// </summary>
    public static IDocumentValidator CreateValidator(PipelineDefinitions definitions)
        => LearningFactory.WithPlacement(CreateRules(definitions), LearningFactory.Models);

    /// <summary>The flag rules alone, without any learned model.</summary>
    public static DocumentValidator CreateRules(PipelineDefinitions definitions)
        => new(definitions.Catalogs, definitions.Municipalities, definitions.Validation);

    /// <summary>
    /// The read-and-extract stage that ingest runs on each new document: PdfPig's text layer, and
    /// OCR (Tesseract) for scanned documents, cached in <paramref name="ocrCache"/> when given.
    /// </summary>
    public static ExtractionStage CreateExtractionStage(string? ocrCache = null)
        => new(CreateLayoutReader(ocrCache), CreateExtractor(PipelineDefinitions.Current), LearningFactory.CreateSecondOpinion(LearningFactory.Models));

    /// <summary>The layout reader: the PDF's text layer, and OCR of the pages of a scan.</summary>
    public static OcrLayoutReader CreateLayoutReader(string? ocrCache = null)
    {
        var options = new OcrOptions { CacheFolder = ocrCache };
        return new OcrLayoutReader(
            new PdfLayoutReader(),
            new PdftoppmRenderer(options),
            new TesseractRecogniser(options),
            options,
            new OcrWordCorrector(OcrKnownWords.From(PipelineDefinitions.Current.Catalogs)));
    }

    /// <summary>
    /// The report extractor with every part, in the order they build on each other: metadata
    /// (municipality, year) first, then the summary table, the area sections and the question
    /// tables, then the framework revision, which reads the areas and questions found, and last, for
    /// OCR'd documents only, the repair of misread numbers from the question set the revision names.
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
                new OcrNumberReconciliation(definitions.Catalogs, definitions.Validation),
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
            new FindingSearch(store, lookup, LearningFactory.CreateThemes(LearningFactory.Models)),
            new ThemeCatalog(PipelineDefinitions.Current.Catalogs));
    }

    /// <summary>The reviewers' service over <paramref name="store"/>; the caller owns and disposes the store.</summary>
    public static ReviewService CreateReviewService(IDocumentStore store, TimeProvider time)
    {
        var definitions = PipelineDefinitions.Current;
        return new ReviewService(store, new FlagReview(CreateValidator(definitions)), new MunicipalityLookup(definitions.Municipalities), time);
    }

    // A request waits this long for a store another process holds (an ingest's writer holds it for
    // a batch, well under a second), then is answered 503 and the page tries again.
    private static readonly TimeSpan RequestWait = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Opens the store at <paramref name="path"/> for one unit of the review server's work and builds
    /// the reviewers' service over it; disposing the scope closes the store. The server's
    /// <see cref="ReviewScopeFactory"/>.
    /// </summary>
    public static ReviewScope OpenReviewScope(string path, StoreAccess access, TimeProvider time)
    {
        var store = OpenStore(path, access, RequestWait);
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
