using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Storage;

/// <summary>
/// One row of the <c>extractions</c> collection: the raw extraction of a document by one extractor
/// version. Re-extraction with a new version adds a row and keeps the older ones, so a better
/// parser can be compared with the one before it; reviewer corrections will live apart from these.
/// </summary>
public sealed record StoredExtraction(
    string Sha256,
    string ExtractorVersion,
    string PipelineVersion,
    int RunId,
    DateTimeOffset ExtractedAt,
    ReportExtraction Extraction)
{
    /// <summary>The row's key: one extraction per document and extractor version.</summary>
    public string Key => KeyOf(Sha256, ExtractorVersion);

    /// <summary>The key of a document's extraction by one extractor version.</summary>
    public static string KeyOf(string sha256, string extractorVersion) => $"{sha256}/{extractorVersion}";
}
