using System.ComponentModel.DataAnnotations;

namespace Kompass.Ingest.Extraction.Tables;

/// <summary>When <see cref="TableContinuationJoiner"/> treats a table at the top of a page as the continuation of the one before.</summary>
public sealed record TableContinuationOptions
{
    /// <summary>
    /// Each column must share at least this part of the narrower of the two columns horizontally with
    /// the column of the same index on the other page. Default 0.5.
    /// </summary>
    [Range(0.0, 1.0)]
    public double ColumnOverlap { get; init; } = 0.5;

    /// <summary>
    /// At most this many printed lines (a running footer, a page number) may sit between the table
    /// and the foot of its page, and as many between the head of the next page and the
    /// continuation. Default 2.
    /// </summary>
    [Range(0, 20)]
    public int MaxFurnitureLines { get; init; } = 2;

    /// <summary>A table whose last row is a recognised total row is complete and never continued. Default true.</summary>
    public bool TotalRowEndsTable { get; init; } = true;

    /// <summary>How the total row of a joined table is recognised again (its sums now run over both pages).</summary>
    public TotalRowOptions TotalRow { get; init; } = new();
}
