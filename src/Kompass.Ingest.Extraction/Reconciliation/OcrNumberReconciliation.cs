using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Validation;

namespace Kompass.Ingest.Extraction.Reconciliation;

/// <summary>
/// For documents read by OCR only (<see cref="ReportExtraction.Ocr"/>): repairs misread numbers
/// from what the report states twice. First each question row's max from the question set
/// (<see cref="RowMaxReconciler"/>), then the row scores their printed percents stand for where the
/// area's scores disagree (<see cref="RowPercentReconciler"/>), then one slip per area where its
/// scores and rows still disagree (<see cref="AreaNumberReconciler"/>). Every repair is a note in
/// <see cref="ReportExtraction.Warnings"/> and marks the value's extractor; the document keeps its
/// <c>low-text-quality</c> flag. Born-digital documents pass unchanged. Runs after
/// <see cref="Frameworks.FrameworkExtractor"/>, which names the question set. Pure and thread-safe.
/// </summary>
public sealed class OcrNumberReconciliation : IReportPartExtractor
{
    private readonly QuestionSetLookup _questionSets;
    private readonly RowMaxReconciler _maxima;
    private readonly RowPercentReconciler _percents;
    private readonly AreaNumberReconciler _areas;

    /// <summary>Creates the stage over the framework catalogs, with the validator's rounding (<paramref name="options"/>, defaults when null).</summary>
    public OcrNumberReconciliation(IReadOnlyList<FrameworkCatalog> catalogs, ValidationOptions? options = null)
    {
        Guard.NotNull(catalogs);
        var extractor = ExtractionVersion.Of(nameof(OcrNumberReconciliation));
        _questionSets = new QuestionSetLookup(catalogs);
        _maxima = new RowMaxReconciler(extractor);
        _percents = new RowPercentReconciler(options ?? ValidationOptions.Default, extractor);
        _areas = new AreaNumberReconciler(options ?? ValidationOptions.Default, extractor);
    }

    /// <inheritdoc />
    public ReportExtraction Extract(ExtractionContext context, ReportExtraction draft)
    {
        Guard.NotNull(draft);
        if (!draft.Ocr || draft.Areas.Count == 0)
        {
            return draft;
        }

        var set = _questionSets.For(draft);
        var notes = new List<string>();
        var areas = draft.Areas.Select(area =>
        {
            var questions = set?.ForArea(area.Number).ToList();
            if (questions is { Count: > 0 })
            {
                var (rows, maxNotes) = _maxima.Reconcile(area.Number, area.Questions, questions);
                notes.AddRange(maxNotes);
                area = area with { Questions = rows };
            }

            var known = questions is { Count: > 0 } ? questions : null;
            var (fromPercents, percentNotes) = _percents.Reconcile(area, known);
            notes.AddRange(percentNotes);
            area = fromPercents;

            var (reconciled, note) = _areas.Reconcile(area, known);
            if (note is not null)
            {
                notes.Add(note);
            }

            return reconciled;
        }).ToList();
        return notes.Count == 0 ? draft : draft with { Areas = areas, Warnings = [.. draft.Warnings, .. notes] };
    }
}
