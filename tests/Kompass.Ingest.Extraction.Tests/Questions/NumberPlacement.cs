namespace Kompass.Ingest.Extraction.Tests.Questions;

/// <summary>Where a wrapped question row prints its numbers.</summary>
public enum NumberPlacement
{
    /// <summary>On the row's first line.</summary>
    Top,

    /// <summary>Vertically centred on the row.</summary>
    Centre,

    /// <summary>On the row's last line.</summary>
    Bottom,
}
