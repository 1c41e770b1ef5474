namespace Kompass.Ingest.Extraction.Questions;

/// <summary>Where a question table prints a row's id relative to its wrapped text.</summary>
internal enum Habit
{
    /// <summary>On the first line: the text hangs below the id.</summary>
    Top,

    /// <summary>On the last line: the text stands above the id.</summary>
    Bottom,

    /// <summary>Centred: text on both sides of the id.</summary>
    Centre,
}
