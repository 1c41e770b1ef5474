using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// <c>missing-question</c>: an area's question table lacks a question that the report's question
/// set (<see cref="ReportExtraction.Framework"/> and <see cref="ReportExtraction.QuestionSet"/> in
/// the catalogs of <c>pipelines/frameworks</c>) has. Only areas with a table are checked (an area
/// without one is <c>missing-area</c>); nothing is checked when the set is unknown. One flag per
/// missing question. Pure and thread-safe.
/// </summary>
public sealed class MissingQuestionRule(IReadOnlyList<FrameworkCatalog> catalogs) : IDocumentRule
{
    private readonly QuestionSetLookup _sets = new(catalogs);

    /// <inheritdoc />
    public IEnumerable<Flag> Check(ReportExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        if (_sets.For(extraction) is not { } set)
        {
            yield break;
        }

        foreach (var area in extraction.Areas.Where(a => a.Questions.Count > 0))
        {
            var printed = area.Questions.Select(r => QuestionSetLookup.Normalise(r.Id.Value)).ToHashSet(StringComparer.Ordinal);
            var ids = string.Join(", ", area.Questions.Select(r => QuestionSetLookup.Normalise(r.Id.Value)));
            foreach (var question in set.ForArea(area.Number).Where(q => !printed.Contains(q.Id)))
            {
                yield return new Flag(
                    FlagCodes.MissingQuestion,
                    FlagSeverity.Warning,
                    area.Number,
                    question.Id,
                    $"{FlagText.Subject(area.Number, question.Id)}: the {extraction.Framework!.Value.ToName()} framework's {set.Name} question set has it (max {FlagText.Number(question.Max)}), "
                    + $"the table lists {ids}{FlagText.Page(area.Questions[0].Id.Source)}",
                    [area.Questions[0].Id.Source]);
            }
        }
    }
}
