using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Validation;

namespace Kompass.Ingest.Extraction.Reconciliation;

/// <summary>
/// Repairs question-row scores OCR misread beyond one slip ("5,5" read as "23", "13,5" as "133")
/// from the row's own printed percent: a row states its score twice, as points and as a percent of
/// its max. Where an area's statements of its score disagree, each row whose score is missing, above
/// its max or at odds with its percent is given the score its percent stands for (a whole or half
/// point whose percent of the max rounds to the printed one). The scores are taken only when, of all
/// the ways to choose them, exactly one makes the rows add up to every printed score of the area
/// but at most one (a printed score can be misread too: <see cref="AreaNumberReconciler"/> comes
/// next), and to at least one. Each taken score keeps its raw text, names this stage as its
/// extractor and gets a note. Pure.
/// </summary>
internal sealed class RowPercentReconciler(ValidationOptions options, string extractor)
{
    // Scores are printed in whole or half points; a percent stands for these only.
    private const decimal Step = 0.5m;

    // More rows at odds than this is not a misread here and there; and it bounds the choices tried.
    private const int MaxDoubtfulRows = 6;

    private const int MaxChoices = 256;

    private readonly AreaStatements _statements = new(options);

    /// <summary>The area with its rows repaired when exactly one choice of percent scores explains it, and a note per row (else the area as it was).</summary>
    public (AreaExtraction Area, IReadOnlyList<string> Notes) Reconcile(AreaExtraction area, IReadOnlyList<QuestionDefinition>? questions)
    {
        if (_statements.Agree(area, questions) is true || !AreaStatements.Printed(area).Any())
        {
            return (area, []);
        }

        var doubtful = area.Questions
            .Select((row, index) => (Index: index, Scores: Doubtful(row) ? ScoresFor(row) : []))
            .Where(d => d.Scores.Count > 0)
            .ToList();
        if (doubtful.Count == 0 || doubtful.Count > MaxDoubtfulRows
            || doubtful.Aggregate(1, (product, d) => Math.Min(product * d.Scores.Count, MaxChoices + 1)) > MaxChoices)
        {
            return (area, []);
        }

        var best = Choices(doubtful.Select(d => d.Scores).ToList())
            .Select(choice => (Choice: choice, Area: With(area, doubtful.Select(d => d.Index).ToList(), choice)))
            .Select(c => (c.Choice, c.Area, Agreeing: Agreeing(c.Area, questions)))
            .Where(c => c.Agreeing > 0 && c.Agreeing >= AreaStatements.Printed(area).Count() - 1)
            .ToList();
        if (best.Count != 1)
        {
            return (area, []);
        }

        var notes = doubtful.Select((d, i) =>
        {
            var row = area.Questions[d.Index];
            var read = row.Score is { } s ? $"as {FlagText.Number(s.Value)}" : "as nothing";
            return $"area {area.Number}: OCR read question {row.Id.Value}'s score {FlagText.Number(best[0].Choice[i])} {read}{FlagText.Page(row.Id.Source)}; "
                   + $"its {FlagText.Number(row.Percent!.Value)} % of {FlagText.Number(row.Max!.Value)} says so, and the area's scores then agree";
        }).ToList();
        return (best[0].Area, notes);
    }

    // A row whose score cannot be as printed: missing, above its max, or not what its percent says.
    private bool Doubtful(QuestionRow row)
        => row.Max is { } max && max.Value > 0 && row.Percent is { } p && p.Value is >= 0 and <= 100
           && (row.Score is not { } score || score.Value > max.Value || RowRounding.PercentDisagrees(row, options));

    // The whole and half points of 0..max whose percent of the max rounds to the printed percent.
    private static IReadOnlyList<decimal> ScoresFor(QuestionRow row)
    {
        var (max, percent) = (row.Max!.Value, row.Percent!.Value);
        var scores = new List<decimal>();
        for (var score = 0m; score <= max; score += Step)
        {
            if (Math.Abs((100 * score / max) - percent) <= 0.5m)
            {
                scores.Add(score);
            }
        }

        return scores;
    }

    // How many printed scores the rows add up to exactly; 0 when the rows do not count or a row is above its max.
    private static int Agreeing(AreaExtraction area, IReadOnlyList<QuestionDefinition>? questions)
    {
        if (!AreaStatements.RowsCount(area, questions) || area.Questions.Any(r => r.Max is { } m && r.Score!.Value > m.Value))
        {
            return 0;
        }

        var sum = area.Questions.Sum(r => r.Score!.Value);
        return AreaStatements.Printed(area).Count(p => p == sum);
    }

    private AreaExtraction With(AreaExtraction area, IReadOnlyList<int> indexes, IReadOnlyList<decimal> scores)
    {
        var rows = area.Questions.ToList();
        for (var i = 0; i < indexes.Count; i++)
        {
            var row = rows[indexes[i]];
            var source = (row.Score?.Source ?? row.Percent!.Source) with { Extractor = extractor };
            rows[indexes[i]] = row with { Score = new Sourced<decimal>(scores[i], source) };
        }

        return area with { Questions = rows };
    }

    // Every way to pick one score per row.
    private static IEnumerable<IReadOnlyList<decimal>> Choices(IReadOnlyList<IReadOnlyList<decimal>> perRow)
    {
        IEnumerable<IReadOnlyList<decimal>> choices = [[]];
        foreach (var scores in perRow)
        {
            choices = choices.SelectMany(choice => scores.Select(s => (IReadOnlyList<decimal>)[.. choice, s])).ToList();
        }

        return choices;
    }
}
