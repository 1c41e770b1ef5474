using Kompass.Ingest.Export.Corrections;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline.Review;

/// <summary>
/// One document as a reviewer sees it: the stored document, its municipality's name, its values
/// (corrections applied) with their pages, its flags with their status, and the corrections that
/// no longer fit its current extraction, and the notes reading and extraction left on it
/// (repairs, doubts, the learned model's second opinion on its type).
/// </summary>
public sealed record DocumentReview(
    StoredDocument Document,
    string? MunicipalityName,
    IReadOnlyList<FieldValue> Values,
    IReadOnlyList<ReviewedFlag> Flags,
    IReadOnlyList<StaleCorrection> StaleCorrections)
{
    /// <summary>The extraction's notes (<see cref="Domain.Reports.ReportExtraction.Warnings"/>), one line each.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
