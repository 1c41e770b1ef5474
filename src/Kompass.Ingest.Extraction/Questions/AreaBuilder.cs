using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Extraction.Questions;

/// <summary>Collects one area's question rows and total row while <see cref="QuestionAssembler"/> walks the pieces.</summary>
internal sealed class AreaBuilder(int area, Sourced<string>? heading, string extractor)
{
    private readonly List<QuestionBuilder> _questions = [];
    private RowPiece? _total;

    /// <summary>The area number.</summary>
    public int Area { get; } = area;

    /// <summary>The questions so far.</summary>
    public IReadOnlyList<QuestionBuilder> Questions => _questions;

    /// <summary>The total row, once read.</summary>
    public RowPiece? Total => _total;

    /// <summary>The table of the last piece taken.</summary>
    public int LastTable { get; private set; } = -1;

    /// <summary>The page of the last piece taken.</summary>
    public int LastPage { get; private set; }

    /// <summary>True when the last question has any number.</summary>
    public bool LastHasNumbers => _questions.Count > 0 && _questions[^1].HasNumbers;

    /// <summary>Opens a question.</summary>
    public void Add(RowPiece piece)
    {
        _questions.Add(new QuestionBuilder(piece));
        Took(piece);
    }

    /// <summary>Adds wrapped lines (and numbers the question still lacks) to the last question.</summary>
    public void Append(RowPiece piece)
    {
        _questions[^1].Append(piece);
        Took(piece);
    }

    /// <summary>Sets the total row.</summary>
    public void SetTotal(RowPiece piece)
    {
        _total = piece;
        Took(piece);
    }

    /// <summary>
    /// True when the piece's numbers are what the rows add up to: its max is the sum of their maxima,
    /// or its score lies within the rounding of the sum of their scores.
    /// </summary>
    public bool IsSumOfRows(RowPiece piece, QuestionTableOptions options)
    {
        var maxSum = _questions.Sum(q => q.Max?.Number.Value ?? 0);
        var scoreSum = _questions.Sum(q => q.Score?.Number.Value ?? 0);
        var slack = (decimal)options.PercentAbsoluteTolerance * (_questions.Count + 1);
        return (piece.Max is { } max && max.Number.Value == maxSum && maxSum > 0)
            || (piece.Score is { } score && Math.Abs(score.Number.Value - scoreSum) <= slack && scoreSum > 0);
    }

    /// <summary>The area's table.</summary>
    public AreaQuestionTable Build() => new(
        Area,
        heading,
        _questions.Select(q => q.Build(extractor)).ToList(),
        _total?.Score is { } s ? Sourced.Of(s.Number.Value, new Provenance(s.Page, s.Box, s.Raw, extractor)) : null,
        _total?.Max is { } m ? Sourced.Of(m.Number.Value, new Provenance(m.Page, m.Box, m.Raw, extractor)) : null);

    private void Took(RowPiece piece)
    {
        LastTable = piece.Table;
        LastPage = piece.Page;
    }
}
