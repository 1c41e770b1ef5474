using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Extraction.Summary;

/// <summary>
/// What one candidate summary table says, whichever way it is printed (areas as rows or as
/// columns): per area the score and national-mean cells and the label printed for it, the total
/// and the mean's total, and the doubts met while reading it.
/// </summary>
internal sealed record SummaryReading(
    int Page,
    IReadOnlyDictionary<int, SummaryAreaReading> Areas,
    SummaryCell? Total,
    SummaryCell? MeanTotal,
    bool HasMeanSeries,
    IReadOnlyList<string> Warnings)
{
    /// <summary>How convincing the table is: areas first, then a total, then a national-mean series.</summary>
    public (int Areas, bool Total, bool Mean) Quality => (Areas.Count, Total is not null, HasMeanSeries);
}

/// <summary>One area of a <see cref="SummaryReading"/>: its cells and its label as printed (lines joined by newlines) with the label's box.</summary>
internal sealed record SummaryAreaReading(SummaryCell? Score, SummaryCell? Mean, string Label, string RawLabel, BoundingBox? LabelBox);
