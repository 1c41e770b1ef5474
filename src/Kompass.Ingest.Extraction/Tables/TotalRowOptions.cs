using System.ComponentModel.DataAnnotations;

namespace Kompass.Ingest.Extraction.Tables;

/// <summary>How a table's last row is recognised as its total row (see <c>TotalRowFinder</c>).</summary>
public sealed record TotalRowOptions
{
    /// <summary>Row labels (compared case-insensitively, without a trailing colon) that name a total row. Default Swedish and English words.</summary>
    public IReadOnlyList<string> Labels { get; init; } = ["total", "totalt", "summa", "sum", "s:a", "totalsumma"];

    /// <summary>
    /// How far, per summed value, a printed total may differ from the sum of the values above it in
    /// its column (each value may have been rounded before printing). Default 0.5.
    /// </summary>
    [Range(0.0, 10.0)]
    public double TolerancePerValue { get; init; } = 0.5;
}
