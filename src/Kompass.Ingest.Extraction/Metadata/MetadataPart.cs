using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Metadata;

/// <summary>
/// Base of the metadata parts: each is an <see cref="IReportPartExtractor"/> on its own (it then
/// builds its <see cref="MetadataSource"/> itself) and an <see cref="IMetadataPart"/> that
/// <see cref="MetadataExtractor"/> runs on a source built once for all. Pure.
/// </summary>
public abstract class MetadataPart : IReportPartExtractor, IMetadataPart
{
    /// <inheritdoc />
    public ReportExtraction Extract(ExtractionContext context, ReportExtraction draft)
        => Extract(MetadataSource.Of(context, draft), draft);

    /// <inheritdoc />
    public abstract ReportExtraction Extract(MetadataSource source, ReportExtraction draft);

    /// <summary>True for the documents that carry Kompass metadata (not related documents, not unreadable ones).</summary>
    protected static bool IsKompass(DocumentType type)
        => type is DocumentType.KommunKompassenAnalysis or DocumentType.KommunKompassenPm
            or DocumentType.KommunKompassenFeedback or DocumentType.Regionkompassen;
}
