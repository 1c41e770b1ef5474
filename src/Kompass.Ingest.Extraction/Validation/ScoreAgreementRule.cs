using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// <c>summary-section-mismatch</c>: an area's score differs between the summary table, the area's
/// own section ("Poäng") and the total row of its question table. Two printed scores agree when
/// they are equal, or when one is printed with decimals and the other is it rounded (within
/// <see cref="ValidationOptions.AreaScoreRounding"/>): rounding the printed numbers explain is not
/// an inconsistency. One flag per area, naming the first pair that disagrees. Pure and thread-safe.
/// </summary>
public sealed class ScoreAgreementRule(ValidationOptions options) : IDocumentRule
{
    /// <inheritdoc />
    public IEnumerable<Flag> Check(ReportExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        foreach (var area in extraction.Areas)
        {
            var printed = new (string Where, Domain.Provenance.Sourced<decimal>? Score)[]
                {
                    ("the summary says", area.SummaryScore),
                    ("the section says", area.SectionScore),
                    ("the question table's total row says", area.TableTotal),
                }
                .Where(p => p.Score is not null)
                .ToList();
            var pair = printed.SelectMany((a, i) => printed.Skip(i + 1).Select(b => (A: a, B: b)))
                .FirstOrDefault(p => !Agree(p.A.Score!.Value, p.B.Score!.Value, options));
            if (pair.A.Score is null)
            {
                continue;
            }

            yield return new Flag(
                FlagCodes.SummarySectionMismatch,
                FlagSeverity.Warning,
                area.Number,
                null,
                $"{FlagText.Subject(area.Number)}: {pair.A.Where} {FlagText.Number(pair.A.Score)}, {pair.B.Where} {FlagText.Number(pair.B.Score!)}",
                [pair.A.Score.Source, pair.B.Score!.Source]);
        }
    }

    /// <summary>True when two printed scores of one area agree: equal, or one printed with decimals and the other it rounded.</summary>
    internal static bool Agree(decimal a, decimal b, ValidationOptions options)
        => a == b || ((a != decimal.Truncate(a) || b != decimal.Truncate(b)) && Math.Abs(a - b) <= options.AreaScoreRounding);
}
