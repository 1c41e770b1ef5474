using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Questions;

/// <summary>
/// The question-table part of a report: fills each area's <see cref="AreaExtraction.Questions"/>,
/// <see cref="AreaExtraction.TableTotal"/> and <see cref="AreaExtraction.TableTotalMax"/> from the
/// tables <see cref="QuestionTableReader"/> finds, adding areas the draft does not have yet and
/// keeping everything other parts set. Applies to scored documents only. Pure and thread-safe.
/// </summary>
public sealed class QuestionTableExtractor : IReportPartExtractor
{
    private readonly QuestionTableOptions _options;
    private readonly QuestionTableReader _reader;

    /// <summary>Creates the part with <paramref name="options"/> (defaults when null).</summary>
    public QuestionTableExtractor(QuestionTableOptions? options = null)
    {
        _options = options ?? new QuestionTableOptions();
        _reader = new QuestionTableReader(_options, ExtractionVersion.Of(nameof(QuestionTableExtractor)));
    }

    /// <inheritdoc />
    public ReportExtraction Extract(ExtractionContext context, ReportExtraction draft)
    {
        Guard.NotNull(context);
        Guard.NotNull(draft);
        if (!_options.ScoredTypes.Contains(context.Classification.Type))
        {
            return draft;
        }

        var tables = _reader.Read(context.Pages, context.Furniture);
        if (tables.Count == 0)
        {
            return draft;
        }

        var areas = draft.Areas.ToDictionary(a => a.Number);
        var warnings = draft.Warnings.ToList();
        foreach (var group in tables.GroupBy(t => t.Area))
        {
            var table = group.First();
            if (group.Count() > 1)
            {
                warnings.Add($"area {group.Key}: {group.Count()} question tables; the first (page {table.Questions[0].Page}) is kept");
            }

            // A row numbered from its neighbours (see LostIdRepair) is never silent.
            foreach (var row in table.Questions.Where(q => !QuestionIdText.TryParse(q.Id.Source.RawText, out var read, out _) || read != q.Id.Value))
            {
                warnings.Add($"area {group.Key}, question {row.Id.Value}: its id was read as '{row.Id.Source.RawText}' (p. {row.Page}); numbered from the questions around it");
            }

            var area = areas.TryGetValue(group.Key, out var existing) ? existing : new AreaExtraction { Number = group.Key };
            areas[group.Key] = area with { Questions = table.Questions, TableTotal = table.Total, TableTotalMax = table.TotalMax };
        }

        return draft with { Areas = areas.Values.OrderBy(a => a.Number).ToList(), Warnings = warnings };
    }
}
