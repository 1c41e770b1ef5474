namespace Kompass.Ingest.Extraction.Questions;

/// <summary>What one piece of a question table's row is.</summary>
internal enum PieceKind
{
    /// <summary>Column labels, possibly with the area heading ("1. Offentlighet och demokrati | Uppnått | Max | Procent").</summary>
    Heading,

    /// <summary>A row opened by a question id.</summary>
    Question,

    /// <summary>Numbers without an id, and no text or a total label ("Summa"): the area's total row.</summary>
    Total,

    /// <summary>Text only: wrapped lines of the question above.</summary>
    Continuation,

    /// <summary>Numbers beside text that is neither an id nor a total label.</summary>
    Values,
}
