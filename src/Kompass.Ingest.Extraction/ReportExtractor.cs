using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Classification;
using Kompass.Ingest.Extraction.Furniture;
using Kompass.Ingest.Extraction.Lines;
using Kompass.Ingest.Extraction.Titles;

namespace Kompass.Ingest.Extraction;

/// <summary>
/// Extracts one document: builds its lines and finds its page furniture once, reads the title,
/// classifies it, and then lets
/// each <see cref="IReportPartExtractor"/> fill in its part, in the order given. An unreadable
/// document (no text layer) gets its reason and no further parts. Pure and thread-safe as long as
/// the parts are.
/// </summary>
public sealed class ReportExtractor : IReportExtractor
{
    private readonly LineBuilder _lines;
    private readonly TitleExtractor _title;
    private readonly DocumentClassifier _classifier;
    private readonly PageFurnitureDetector _furniture;
    private readonly string? _definitionsVersion;
    private readonly IReadOnlyList<IReportPartExtractor> _parts;

    /// <summary>Composes the extractor; every argument has a default so tests can pass only what they vary.</summary>
    public ReportExtractor(
        LineBuilder? lines = null,
        TitleExtractor? title = null,
        DocumentClassifier? classifier = null,
        IEnumerable<IReportPartExtractor>? parts = null,
        PageFurnitureDetector? furniture = null,
        string? definitionsVersion = null)
    {
        _lines = lines ?? new LineBuilder();
        _title = title ?? new TitleExtractor();
        _classifier = classifier ?? new DocumentClassifier();
        _parts = parts?.ToList() ?? [];
        _furniture = furniture ?? new PageFurnitureDetector();
        _definitionsVersion = definitionsVersion;
    }

    /// <inheritdoc />
    /// <remarks>
    /// The code's <see cref="ExtractionVersion"/>, and the pipeline definitions' version when given
    /// (e.g. "extraction/0.5+pipelines.0123456789ab"): a change to either re-extracts stored documents.
    /// </remarks>
    public string Version => _definitionsVersion is null ? ExtractionVersion.Current : $"{ExtractionVersion.Current}+pipelines.{_definitionsVersion}";

    /// <inheritdoc />
    public ReportExtraction Extract(DocumentLayout layout, string fileName) => Extract(layout, fileName, stepDone: null);

    /// <summary>
    /// As <see cref="Extract(DocumentLayout, string)"/>, telling <paramref name="stepDone"/> (when
    /// given) the name of each step as it finishes: <c>lines</c>, <c>classification</c>,
    /// <c>title</c>, <c>furniture</c>, then each part's type name. <c>kompass bench</c> times the
    /// steps by it; the extractor itself keeps no clock.
    /// </summary>
    public ReportExtraction Extract(DocumentLayout layout, string fileName, Action<string>? stepDone)
    {
        Guard.NotNull(layout);
        Guard.NotNull(fileName);
        var pages = layout.Pages.Select(p => new PageLines(p, _lines.Build(p))).ToList();
        stepDone?.Invoke("lines");
        var classification = _classifier.Classify(pages);
        stepDone?.Invoke("classification");
        var draft = new ReportExtraction
        {
            Type = classification.Type,
            TypeEvidence = classification.Reason,
            PageCount = layout.Pages.Count,
            Warnings = layout.Warnings,
            Ocr = layout.FromOcr,
            Producer = layout.Producer,
        };

        if (classification.Type == DocumentType.Unreadable)
        {
            return draft with { Error = classification.Reason };
        }

        draft = draft with { Title = _title.Extract(pages), LeadText = LeadTextReader.Read(pages) };
        stepDone?.Invoke("title");
        var context = new ExtractionContext(layout, pages, _furniture.Detect(pages), classification, fileName);
        stepDone?.Invoke("furniture");
        foreach (var part in _parts)
        {
            draft = part.Extract(context, draft);
            stepDone?.Invoke(part.GetType().Name);
        }

        return draft;
    }
}
