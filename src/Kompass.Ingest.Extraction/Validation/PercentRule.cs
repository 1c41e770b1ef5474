using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// <c>percent-mismatch</c>: a row's printed percent cannot come from a score that rounds to the
/// printed one, |s − p·m/100| &gt; 0.5 + 0.005·m (tolerances from <see cref="ValidationOptions"/>).
/// "10 of 15 printed as 65 %" is consistent: 9.75 rounds to 10. Pure and thread-safe.
/// </summary>
public sealed class PercentRule(ValidationOptions options) : IDocumentRule
{
    /// <inheritdoc />
    public IEnumerable<Flag> Check(ReportExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        foreach (var area in extraction.Areas)
        {
            foreach (var row in area.Questions.Where(r => RowRounding.PercentDisagrees(r, options)))
            {
                var id = QuestionSetLookup.Normalise(row.Id.Value);
                var expected = RowRounding.PercentScore(row)!.Value;
                yield return new Flag(
                    FlagCodes.PercentMismatch,
                    FlagSeverity.Warning,
                    area.Number,
                    id,
                    $"{FlagText.Subject(area.Number, id)}: the score says {FlagText.Number(row.Score!.Value)} of {FlagText.Number(row.Max!.Value)}{FlagText.Page(row.Score.Source)}, "
                    + $"the percent says {FlagText.Number(row.Percent!.Value)} %{FlagText.Page(row.Percent.Source)}, that is {FlagText.Number(expected)} points",
                    [row.Score!.Source, row.Max.Source, row.Percent.Source]);
            }
        }
    }
}
