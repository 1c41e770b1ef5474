using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Learning.Data;

/// <summary>
/// The unit held out together in evaluation: one evaluation (municipality code and year) when the
/// document names both, else the document itself. Copies of one report (an analysis and its
/// re-saved copy, an analysis and its feedback) then never sit on both sides of a split, which
/// would measure memory rather than learning.
/// </summary>
public static class DocumentGroups
{
    /// <summary>The group of <paramref name="extraction"/>, stored as <paramref name="sha256"/>.</summary>
    public static string Of(string sha256, ReportExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        return extraction.Municipality?.Code?.Value is { } code && extraction.Year?.Value is { } year
            ? $"{code}/{year}"
            : sha256;
    }
}
