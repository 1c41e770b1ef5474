using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Validation;

namespace Kompass.Ingest.Extraction.Reconciliation;

/// <summary>
/// Repairs one OCR slip in an area's numbers when the area's statements of its score disagree
/// (<see cref="AreaStatements"/>): every printed score and every row score is tried in each of its
/// <see cref="DigitMisreadings"/>, the likeliest kind of slip first, and the change is made only
/// when, for the first kind that explains anything, exactly one (number, reading) makes all
/// statements agree. Within a kind, readings whose numbers add up exactly come before those that
/// agree only within rounding: rows without percents leave half a point of slack each, which
/// another slip can fill. Last, a printed area score two slips away ("55" read as "3": a digit lost,
/// 5 for 3) is taken only when at least two other statements agree with the reading exactly. A row's reading must also lie within its max and agree with its
/// printed percent. Two explanations, or none, leave the numbers as read, for the validator to
/// flag. The repaired value keeps its raw text and names this stage as its extractor; a note
/// says what changed. Pure.
/// </summary>
internal sealed class AreaNumberReconciler(ValidationOptions options, string extractor)
{
    private readonly AreaStatements _statements = new(options);

    /// <summary>The area, repaired when exactly one slip explains the disagreement, and the note saying so (else null).</summary>
    public (AreaExtraction Area, string? Note) Reconcile(AreaExtraction area, IReadOnlyList<QuestionDefinition>? questions)
    {
        if (_statements.Agree(area, questions) is not false)
        {
            return (area, null);
        }

        var oneSlip = DigitMisreadings.Tiers(0).Count;
        for (var tier = 0; tier <= oneSlip; tier++)
        {
            var agreeing = Candidates(area, questions, tier).Where(c => _statements.Agree(c.Area, questions) == true).ToList();
            var exact = agreeing.Where(c => AreaStatements.Exactly(c.Area, questions)).ToList();
            // A comma put back must add up exactly: within rounding, "55" read as 5,5 would agree with a 5.
            var fixes = exact.Count > 0 || tier == DigitMisreadings.LostCommaTier ? exact : agreeing;
            if (tier == oneSlip)
            {
                fixes = AreaStatements.Count(area, questions) >= 3 ? exact : [];
            }

            if (fixes.Count == 1)
            {
                return (fixes[0].Area, $"area {area.Number}: OCR read {fixes[0].What}; the only misreading of its kind that makes the area's scores and question rows agree");
            }

            if (fixes.Count > 1)
            {
                break;
            }
        }

        return (area, null);
    }

    private IEnumerable<(AreaExtraction Area, string What)> Candidates(AreaExtraction area, IReadOnlyList<QuestionDefinition>? questions, int tier)
    {
        foreach (var (name, value, with) in Scores(area))
        {
            foreach (var reading in Readings(value.Value, tier).Where(r => r <= options.MaxAreaScore))
            {
                yield return (with(Repaired(value, reading)), Describe(name, value, reading));
            }
        }

        if (!AreaStatements.RowsCount(area, questions) || tier >= DigitMisreadings.Tiers(0).Count)
        {
            yield break;
        }

        for (var i = 0; i < area.Questions.Count; i++)
        {
            var row = area.Questions[i];
            foreach (var reading in DigitMisreadings.Tiers(row.Score!.Value)[tier])
            {
                var repaired = row with { Score = Repaired(row.Score, reading) };
                if (RowRounding.PercentDisagrees(repaired, options) && PercentIsPlausible(repaired))
                {
                    continue;
                }

                var rows = area.Questions.ToList();
                rows[i] = repaired;
                yield return (area with { Questions = rows }, Describe($"question {row.Id.Value}'s score", row.Score, reading));
            }
        }
    }

    // The one-slip readings of the tier, or past the last tier every reading two slips away.
    private static IEnumerable<decimal> Readings(decimal value, int tier)
    {
        var tiers = DigitMisreadings.Tiers(value);
        return tier < tiers.Count ? tiers[tier] : DigitMisreadings.Of(value).SelectMany(DigitMisreadings.Of).Distinct().Where(r => r != value);
    }


    private static IEnumerable<(string Name, Sourced<decimal> Value, Func<Sourced<decimal>, AreaExtraction> With)> Scores(AreaExtraction area)
    {
        if (area.SummaryScore is { } summary)
        {
            yield return ("the summary's score", summary, v => area with { SummaryScore = v });
        }

        if (area.SectionScore is { } section)
        {
            yield return ("the section's score", section, v => area with { SectionScore = v });
        }

        if (area.TableTotal is { } total)
        {
            yield return ("the total row's score", total, v => area with { TableTotal = v });
        }
    }

    // A percent OCR garbled beyond 0–100 ('8040') is no witness against a reading.
    private bool PercentIsPlausible(QuestionRow row) => row.Percent is { } p && p.Value >= 0 && p.Value <= options.MaxAreaScore;

    private Sourced<decimal> Repaired(Sourced<decimal> value, decimal reading)
        => new(reading, value.Source with { Extractor = extractor });

    private static string Describe(string name, Sourced<decimal> value, decimal reading)
        => $"{name} {FlagText.Number(reading)} as {FlagText.Number(value.Value)}{FlagText.Page(value.Source)}";
}
