using System.ComponentModel.DataAnnotations;

namespace Kompass.Ingest.Layout;

/// <summary>
/// Tolerances of <see cref="PdfLayoutReader"/>. Plain data: the reader owns the behaviour. All
/// lengths are in PDF points (1/72 inch).
/// </summary>
public sealed class LayoutReaderOptions
{
    /// <summary>
    /// A filled rectangle at most this thick (in one direction) is read as one ruling line through
    /// its middle rather than as four edges; word processors draw table rules that way. Default 2 pt.
    /// </summary>
    [Range(0.1, 20)]
    public double MaxRuleThickness { get; init; } = 2.0;

    /// <summary>Strokes shorter than this are decoration (bullets, ticks), not rules. Default 3 pt.</summary>
    [Range(0, 100)]
    public double MinRuleLength { get; init; } = 3.0;

    /// <summary>How far a stroke's ends may differ across its axis and still count as horizontal or vertical. Default 0.5 pt.</summary>
    [Range(0, 10)]
    public double AxisTolerance { get; init; } = 0.5;

    /// <summary>
    /// Threads PdfPig's nearest-neighbour word extractor may use within one page (-1: as many as it
    /// likes). Default 1, because the pipeline already reads documents in parallel.
    /// </summary>
    [Range(-1, 256)]
    public int WordExtractionParallelism { get; init; } = 1;

    /// <summary>
    /// Check the file's cross-reference table against its bytes and warn when it points at the
    /// wrong places: PdfPig repairs that silently by scanning the file. Default true.
    /// </summary>
    public bool CheckCrossReferences { get; init; } = true;
}
