namespace Kompass.Ingest.Domain.Reports;

/// <summary>How much a flag matters to a reviewer.</summary>
public enum FlagSeverity
{
    /// <summary>Worth a look; explained by rounding or context.</summary>
    Info,

    /// <summary>An inconsistency the document evidences.</summary>
    Warning,

    /// <summary>A value that cannot be right (out of range).</summary>
    Error,
}
