using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Questions;

/// <summary>One question row being put together from its piece and any wrapped lines that follow it.</summary>
internal sealed class QuestionBuilder(RowPiece opening)
{
    private readonly List<(int Page, IReadOnlyList<Word> Words)> _lines = opening.Lines.Select(l => (opening.Page, l)).ToList();

    /// <summary>The score cell, once read.</summary>
    public NumberCell? Score { get; private set; } = opening.Score;

    /// <summary>The max cell, once read.</summary>
    public NumberCell? Max { get; private set; } = opening.Max;

    /// <summary>The percent cell, once read.</summary>
    public NumberCell? Percent { get; private set; } = opening.Percent;

    /// <summary>True when any number was read.</summary>
    public bool HasNumbers => Score is not null || Max is not null || Percent is not null;

    /// <summary>Adds the piece's lines below the question's, and its numbers where the question has none.</summary>
    public void Append(RowPiece piece)
    {
        _lines.AddRange(piece.Lines.Select(l => (piece.Page, l)));
        Score ??= piece.Score;
        Max ??= piece.Max;
        Percent ??= piece.Percent;
    }

    /// <summary>The row, every value with its page, box and printed text.</summary>
    public QuestionRow Build(string extractor)
    {
        var id = opening.Id!;
        var page = opening.Page;
        var texts = _lines.Select(l => WordList.Text(l.Words)).Where(t => t.Length > 0).ToList();
        var text = string.Join(' ', string.Join(' ', texts).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var box = BoundingBox.UnionOf(_lines.Where(l => l.Page == page).SelectMany(l => l.Words).Select(w => w.Box));
        return new QuestionRow(
            Sourced.Of(id.Text, new Provenance(page, id.Word.Box, id.Word.Text, extractor)),
            Sourced.Of(text, new Provenance(page, box ?? id.Word.Box, string.Join('\n', texts), extractor)),
            ValueOf(Score, extractor),
            ValueOf(Max, extractor),
            ValueOf(Percent, extractor));
    }

    private static Sourced<decimal>? ValueOf(NumberCell? cell, string extractor)
        => cell is null ? null : Sourced.Of(cell.Number.Value, new Provenance(cell.Page, cell.Box, cell.Raw, extractor));
}
