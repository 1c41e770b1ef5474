using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Extraction.Questions;

/// <summary>
/// Turns the pieces of every question table, in document order, into one table per area. A
/// numbered heading opens an area (the same number again before the total row is a repeated or
/// "(forts.)" heading); an id naming another area opens that area; a row that lost its id between
/// two questions is the one their ids leave out (see <see cref="LostIdRepair"/>); wrapped lines join the question
/// above; numbers without an id right after an area's rows are its total row, when they have no
/// text, a total label, or add up to the rows above. Pure.
/// </summary>
internal sealed class QuestionAssembler(QuestionTableOptions options, string extractor)
{
    /// <summary>The areas' tables in the order they were printed.</summary>
    public IReadOnlyList<AreaQuestionTable> Assemble(IReadOnlyList<RowPiece> pieces)
    {
        var done = new List<AreaQuestionTable>();
        AreaBuilder? current = null;

        void Close()
        {
            if (current is { Questions.Count: > 0 })
            {
                done.Add(current.Build());
            }

            current = null;
        }

        foreach (var piece in LostIdRepair.Apply(pieces))
        {
            switch (piece.Kind)
            {
                case PieceKind.Heading when QuestionIdText.TryParseHeading(piece.Text, out var area, out _):
                    if (current is not { Total: null } || current.Area != area)
                    {
                        Close();
                        current = new AreaBuilder(area, Heading(piece), extractor);
                    }

                    break;
                case PieceKind.Heading when current is { Total: not null }:
                    Close();
                    break;
                case PieceKind.Question:
                    if (current is null || current.Total is not null || (current.Area != piece.Id!.Area && current.Questions.Count > 0))
                    {
                        Close();
                        current = new AreaBuilder(piece.Id!.Area, null, extractor);
                    }

                    current.Add(piece);
                    break;
                case PieceKind.Continuation when current is { Total: null, Questions.Count: > 0 } && Continues(current, piece):
                    current.Append(piece);
                    break;
                case PieceKind.Values when current is { Total: null, Questions.Count: > 0 } && Continues(current, piece) && !current.LastHasNumbers:
                    current.Append(piece);
                    break;
                case PieceKind.Total or PieceKind.Values when current is { Total: null, Questions.Count: > 0 } && FollowsRows(current, piece)
                    && (piece.Kind == PieceKind.Total || current.IsSumOfRows(piece, options)):
                    current.SetTotal(piece);
                    break;
                default:
                    break;
            }
        }

        Close();
        return done;
    }

    /// <summary>A piece continues the last question when it is in the same table, or carried over to the top of the next page.</summary>
    private static bool Continues(AreaBuilder area, RowPiece piece)
        => piece.Table == area.LastTable || (piece.CarriedOver && piece.Table == area.LastTable + 1 && piece.Page > area.LastPage);

    /// <summary>A total row follows the area's last row in its table, or opens the next table on a later page (a table continued by its total row).</summary>
    private static bool FollowsRows(AreaBuilder area, RowPiece piece)
        => piece.Table == area.LastTable || (piece.Table == area.LastTable + 1 && piece.Page > area.LastPage && piece.Index <= 1);

    private Sourced<string> Heading(RowPiece piece)
    {
        var words = piece.Lines.SelectMany(l => l).ToList();
        var box = BoundingBox.UnionOf(words.Select(w => w.Box));
        return Sourced.Of(piece.Text, new Provenance(piece.Page, box, piece.Text, extractor));
    }
}
