using Kompass.Ingest.Domain.Layout;

namespace Kompass.Ingest.Extraction.Questions;

/// <summary>
/// One question's worth of a table row. A row is normally one piece; a row holding two ids (two
/// questions the table engine could not separate) is cut into one piece per id, and lines above a
/// row's id that belong to the question before become a piece of their own.
/// </summary>
/// <param name="Kind">What the piece is.</param>
/// <param name="Table">Index of the table it came from, in document order.</param>
/// <param name="Index">0-based position of the piece within its table.</param>
/// <param name="Page">1-based page of the row.</param>
/// <param name="Id">The question id, for a question.</param>
/// <param name="Lines">The text lines (id removed), top to bottom, each left to right.</param>
/// <param name="Score">The score cell.</param>
/// <param name="Max">The max cell.</param>
/// <param name="Percent">The percent cell.</param>
internal sealed record RowPiece(
    PieceKind Kind,
    int Table,
    int Index,
    int Page,
    PrintedId? Id,
    IReadOnlyList<IReadOnlyList<Word>> Lines,
    NumberCell? Score,
    NumberCell? Max,
    NumberCell? Percent)
{
    /// <summary>The text lines joined with single spaces.</summary>
    public string Text => string.Join(' ', Lines.Select(l => string.Join(' ', l.Select(w => w.Text))));

    /// <summary>
    /// True for text above the first question of a zone that opens its page: the end of a row that
    /// the page break cut (a table row may run on to the next page).
    /// </summary>
    public bool CarriedOver { get; init; }

    /// <summary>True when any number was read.</summary>
    public bool HasNumbers => Score is not null || Max is not null || Percent is not null;
}
