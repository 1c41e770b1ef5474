using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Validation;

namespace Kompass.Ingest.Extraction.Reconciliation;

/// <summary>
/// Repairs a question row's max that OCR misread, from the question set the report follows: the
/// framework states each question's max, so a printed max that differs from it by one slip
/// (<see cref="DigitMisreadings"/>), or that is missing, or that is below the row's own score, is
/// taken as the framework's. Rows whose id the set does not hold are left as read. Each repaired
/// max keeps its raw text, names this stage as its extractor and gets a note. Pure.
/// </summary>
internal sealed class RowMaxReconciler(string extractor)
{
    /// <summary>The rows with their maxima repaired, and a note per repair.</summary>
    public (IReadOnlyList<QuestionRow> Rows, IReadOnlyList<string> Notes) Reconcile(
        int area, IReadOnlyList<QuestionRow> rows, IReadOnlyList<QuestionDefinition> questions)
    {
        var maxima = questions.ToDictionary(q => q.Id, q => q.Max, StringComparer.Ordinal);
        var notes = new List<string>();
        var repaired = rows.Select(row =>
        {
            if (!maxima.TryGetValue(QuestionSetLookup.Normalise(row.Id.Value), out var max) || row.Max?.Value == max || !Misread(row, max))
            {
                return row;
            }

            var source = (row.Max?.Source ?? row.Id.Source) with { Extractor = extractor };
            notes.Add(row.Max is { } read
                ? $"area {area}: OCR read question {row.Id.Value}'s max {FlagText.Number(max)} as {FlagText.Number(read.Value)}{FlagText.Page(read.Source)}; the question set gives {FlagText.Number(max)}"
                : $"area {area}: question {row.Id.Value}'s max was not read{FlagText.Page(row.Id.Source)}; the question set gives {FlagText.Number(max)}");
            return row with { Max = new Sourced<decimal>(max, source) };
        }).ToList();
        return (repaired, notes);
    }

    private static bool Misread(QuestionRow row, decimal max)
        => row.Max is not { } read
           || DigitMisreadings.Of(read.Value).Contains(max)
           || (row.Score is { } score && score.Value > read.Value);
}
