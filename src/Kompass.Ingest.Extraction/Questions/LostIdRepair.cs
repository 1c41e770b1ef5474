using System.Globalization;

namespace Kompass.Ingest.Extraction.Questions;

/// <summary>
/// Gives back the id of a question row that lost it: numbers beside question text, with no id,
/// between two questions of one table whose ids leave out exactly one ("3.1", then the row, then
/// "3.3") are that question ("3.2"). A scan loses an id this way where a wrapped line touches the
/// line above and the recogniser reads the two as one tall word ("JAS" for "3.2 Styrs"); taken for
/// a total row (its score may equal the sum of the rows above), such a row cut the table and lost
/// every row after it. The id's word is the row's first word, so its provenance keeps what was
/// read; a first word holding a digit is the misread id and leaves the question text. Pure.
/// </summary>
internal static class LostIdRepair
{
    /// <summary><paramref name="pieces"/>, each row that lost its id made the question its neighbours leave out.</summary>
    public static List<RowPiece> Apply(IReadOnlyList<RowPiece> pieces)
    {
        var result = pieces.ToList();
        for (var i = 0; i < result.Count; i++)
        {
            var piece = result[i];
            if (piece.Kind != PieceKind.Values || piece.Lines.Count == 0
                || Question(result, i, -1) is not { HasNumbers: true, Id: { } before } above
                || Question(result, i, +1) is not { Id: { } after } below
                || above.Table != piece.Table || below.Table != piece.Table || before.Area != after.Area
                || QuestionIdText.ItemOf(before.Text) is not { } item || QuestionIdText.ItemOf(after.Text) != item + 2)
            {
                continue;
            }

            var word = piece.Lines[0][0];
            var id = new PrintedId(word, string.Create(CultureInfo.InvariantCulture, $"{before.Area}.{item + 1}"), before.Area);
            var lines = word.Text.Any(char.IsDigit)
                ? piece.Lines.Select(l => (IReadOnlyList<Domain.Layout.Word>)l.Where(w => !ReferenceEquals(w, word)).ToList()).Where(l => l.Count > 0).ToList()
                : piece.Lines;
            result[i] = piece with { Kind = PieceKind.Question, Id = id, Lines = lines };
        }

        return result;
    }

    // The nearest question piece before (step -1) or after (+1) piece i, past wrapped lines only.
    private static RowPiece? Question(List<RowPiece> pieces, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < pieces.Count; j += step)
        {
            if (pieces[j].Kind != PieceKind.Continuation)
            {
                return pieces[j].Kind == PieceKind.Question ? pieces[j] : null;
            }
        }

        return null;
    }
}
