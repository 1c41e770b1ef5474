namespace Kompass.Ingest.Extraction.Summary;

/// <summary>What a column of a summary table holds.</summary>
internal enum SummaryColumnRole
{
    /// <summary>An evaluation's area scores (the current one, or an earlier evaluation's).</summary>
    Score,

    /// <summary>The national mean.</summary>
    Mean,

    /// <summary>Something else: max points, a change, a rank.</summary>
    Ignored,
}
