using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Frameworks;

namespace Kompass.Ingest.Corpus.Content;

/// <summary>
/// The unrounded scores behind one report: a value in [0, max] per question (on a 0.5 grid for
/// half-point reports), the national mean per area, and the columns of earlier evaluations.
/// Everything printed is computed from this, so a clean report is consistent by construction.
/// </summary>
public sealed record ScoreSheet(IReadOnlyList<AreaSheet> Areas, IReadOnlyList<PreviousEvaluation> Previous, bool HalfPoints)
{
    /// <summary>The sheet of area <paramref name="number"/>.</summary>
    public AreaSheet Area(int number) => Areas.Single(a => a.Number == number);
}

/// <summary>One area's unrounded question values and its national mean.</summary>
public sealed record AreaSheet(int Number, IReadOnlyList<QuestionValue> Questions, decimal NationalMean)
{
    /// <summary>The unrounded area score: the sum of its question values.</summary>
    public decimal Sum => Questions.Sum(q => q.Value);
}

/// <summary>A question of the set and its unrounded value.</summary>
public sealed record QuestionValue(QuestionDefinition Question, decimal Value);
