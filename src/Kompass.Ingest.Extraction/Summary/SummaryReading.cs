using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Extraction.Summary;

/// <summary>
/// What one candidate summary table says, whichever way it is printed (areas as rows or as
/// columns): per area the score and national-mean cells and the label printed for it, the total
/// and the mean's total (printed on <see cref="TotalPage"/>), and the doubts met while reading it.
/// <see cref="Page"/> is the page the table starts on; a table broken over a page is one reading
/// made of two (<see cref="Continue"/>).
/// </summary>
internal sealed record SummaryReading(
    int Page,
    IReadOnlyDictionary<int, SummaryAreaReading> Areas,
    SummaryCell? Total,
    SummaryCell? MeanTotal,
    bool HasMeanSeries,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The page of the total row (the table's page unless the table was continued).</summary>
    public int TotalPage { get; init; } = Page;

    /// <summary>How convincing the table is: areas first, then a total, then a national-mean series.</summary>
    public (int Areas, bool Total, bool Mean) Quality => (Areas.Count, Total is not null, HasMeanSeries);

    /// <summary>
    /// True when <paramref name="next"/> (on the following page) carries on this table: it starts
    /// on the next page and its areas all come after this one's.
    /// </summary>
    public bool ContinuesIn(SummaryReading next)
        => next.Page == Page + 1 && Total is null && Areas.Count > 0 && next.Areas.Count > 0
           && Areas.Keys.Max() < next.Areas.Keys.Min() && HasMeanSeries == next.HasMeanSeries;

    /// <summary>This table with its continuation's areas and total.</summary>
    public SummaryReading Continue(SummaryReading next)
        => new(
            Page,
            Areas.Concat(next.Areas).ToDictionary(p => p.Key, p => p.Value),
            next.Total,
            next.MeanTotal,
            HasMeanSeries,
            [.. Warnings, .. next.Warnings])
        {
            TotalPage = next.TotalPage,
        };
}

/// <summary>
/// One area of a <see cref="SummaryReading"/>: the page it is printed on, its cells, and its label
/// as printed (lines joined by newlines) with the label's box.
/// </summary>
internal sealed record SummaryAreaReading(int Page, SummaryCell? Score, SummaryCell? Mean, string Label, string RawLabel, BoundingBox? LabelBox);
