namespace Kompass.Ingest.Domain.Reports;

/// <summary>Where a flag stands in review.</summary>
public enum FlagStatus
{
    /// <summary>Waiting for a reviewer.</summary>
    Open,

    /// <summary>A correction removed its evidence.</summary>
    Resolved,

    /// <summary>A reviewer accepted the printed values.</summary>
    Dismissed,
}
