using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Metadata;

/// <summary>
/// Every metadata part in one <see cref="IReportPartExtractor"/>: builds the
/// <see cref="MetadataSource"/> once, then runs municipality, evaluation dates, report
/// date, evaluators, round and interview count on it. Pure and thread-safe.
/// </summary>
public sealed class MetadataExtractor : IReportPartExtractor
{
    private readonly IReadOnlyList<IMetadataPart> _parts;

    /// <summary>
    /// The standard parts. <paramref name="directory"/> is the official list (the caller parses it
    /// from pipelines/reference/kommuner.csv and lan.csv).
    /// </summary>
    public MetadataExtractor(MunicipalityDirectory directory, MetadataOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        _parts =
        [
            new MunicipalityExtractor(directory, options),
            new EvaluationDateExtractor(options),
            new ReportDateExtractor(options),
            new EvaluatorExtractor(options, directory),
            new EvaluationRoundExtractor(options),
            new InterviewCountExtractor(options),
        ];
    }

    /// <inheritdoc />
    public ReportExtraction Extract(ExtractionContext context, ReportExtraction draft)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Type == DocumentType.Unreadable)
        {
            return draft;
        }

        var source = MetadataSource.Of(context, draft);
        return _parts.Aggregate(draft, (current, part) => part.Extract(source, current));
    }
}
