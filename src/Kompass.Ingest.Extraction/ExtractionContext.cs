using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Extraction.Classification;
using Kompass.Ingest.Extraction.Furniture;
using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction;

/// <summary>
/// What every part extractor may read about one document: the layout, its lines per page and its
/// page furniture (both found once), the classification and the file name (a last-resort hint, e.g.
/// for a cover without a municipality name).
/// </summary>
public sealed record ExtractionContext(
    DocumentLayout Layout,
    IReadOnlyList<PageLines> Pages,
    FurnitureResult Furniture,
    DocumentClassification Classification,
    string FileName);
