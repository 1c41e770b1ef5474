namespace Kompass.Ingest.Extraction.Tests.Questions;

/// <summary>How a question table prints its percent.</summary>
public enum PercentStyle
{
    /// <summary>"65%".</summary>
    Attached,

    /// <summary>"65 %".</summary>
    Spaced,

    /// <summary>"65" and a "%" a column gap to its right.</summary>
    Column,

    /// <summary>No percent printed.</summary>
    None,
}
