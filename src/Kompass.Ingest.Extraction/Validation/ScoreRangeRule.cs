using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// <c>score-out-of-range</c> (error): a row score negative or above its max, a percent negative or
/// above 100, an area score (summary, section or total row) negative or above 100. One flag per
/// row and one per area, naming the first value out of range. Pure and thread-safe.
/// </summary>
public sealed class ScoreRangeRule(ValidationOptions options) : IDocumentRule
{
    /// <inheritdoc />
    public IEnumerable<Flag> Check(ReportExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        foreach (var area in extraction.Areas)
        {
            var areaProblem = AreaProblem("the summary", area.SummaryScore)
                ?? AreaProblem("the section", area.SectionScore)
                ?? AreaProblem("the question table's total row", area.TableTotal);
            if (areaProblem is { } a)
            {
                yield return Raise(area.Number, null, a.Text, a.Source);
            }

            foreach (var row in area.Questions)
            {
                var id = QuestionSetLookup.Normalise(row.Id.Value);
                if (RowProblem(row) is { } r)
                {
                    yield return Raise(area.Number, id, r.Text, r.Source);
                }
            }
        }
    }

    private (string Text, Provenance Source)? AreaProblem(string where, Sourced<decimal>? score)
        => score is { } s && (s.Value < 0 || s.Value > options.MaxAreaScore)
            ? ($"{where} says {FlagText.Number(s)}, outside 0–{FlagText.Number(options.MaxAreaScore)}", s.Source)
            : null;

    private (string Text, Provenance Source)? RowProblem(QuestionRow row)
    {
        if (row.Score is { } s && s.Value < 0)
        {
            return ($"the score {FlagText.Number(s)} is negative", s.Source);
        }

        if (row.Score is { } score && row.Max is { } max && score.Value > max.Value)
        {
            return ($"the score {FlagText.Number(score)} is above its max {FlagText.Number(max)}", score.Source);
        }

        if (row.Percent is { } p && (p.Value < 0 || p.Value > options.MaxAreaScore))
        {
            return ($"the percent {FlagText.Number(p.Value)} %{FlagText.Page(p.Source)} is outside 0–{FlagText.Number(options.MaxAreaScore)}", p.Source);
        }

        return null;
    }

    private static Flag Raise(int area, string? question, string text, Provenance source)
        => new(FlagCodes.ScoreOutOfRange, FlagSeverity.Error, area, question, $"{FlagText.Subject(area, question)}: {text}", [source]);
}
