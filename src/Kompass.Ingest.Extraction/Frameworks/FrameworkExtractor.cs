using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Frameworks;

/// <summary>
/// The framework part of a report: sets <see cref="ReportExtraction.Framework"/> and
/// <see cref="ReportExtraction.QuestionSet"/> for scored documents (analysis, feedback,
/// Regionkompassen) from the area names printed anywhere in the document and in the draft's areas,
/// the question rows already read, and the year (see <see cref="FrameworkClassifier"/>); other
/// documents get none. Runs after the parts that read areas and questions. Pure and thread-safe.
/// </summary>
public sealed class FrameworkExtractor : IReportPartExtractor
{
    private readonly FrameworkOptions _options;
    private readonly FrameworkClassifier _classifier;
    private readonly int _maxArea;

    /// <summary>Creates the part over <paramref name="catalogs"/> (parsed by the caller with <see cref="FrameworkCatalogJson"/>).</summary>
    public FrameworkExtractor(IReadOnlyList<FrameworkCatalog> catalogs, FrameworkOptions? options = null)
    {
        Guard.NotNull(catalogs);
        _options = options ?? new FrameworkOptions();
        _classifier = new FrameworkClassifier(catalogs, _options);
        _maxArea = catalogs.SelectMany(c => c.Areas).Select(a => a.Number).DefaultIfEmpty(0).Max();
    }

    /// <inheritdoc />
    public ReportExtraction Extract(ExtractionContext context, ReportExtraction draft)
    {
        Guard.NotNull(context);
        Guard.NotNull(draft);
        if (!_options.ScoredTypes.Contains(context.Classification.Type))
        {
            return draft with { Framework = null, QuestionSet = null };
        }

        var names = PrintedAreaNameFinder.Find(context.Pages, _maxArea, _options.MaxNameWords)
            .Concat(draft.Areas.Where(a => a.Name is not null).Select(a => new PrintedAreaName(a.Number, a.Name!.Value)))
            .ToList();
        var questions = draft.Areas.SelectMany(a => a.Questions)
            .Where(q => q.Max is not null)
            .Select(q => new PrintedQuestion(q.Id.Value, q.Max!.Value))
            .ToList();
        var year = (draft.Year ?? draft.TitleYear ?? draft.TextYear)?.Value;
        if (_classifier.Classify(names, questions, year) is not { } decision)
        {
            return draft with { Framework = null, QuestionSet = null, Warnings = [.. draft.Warnings, "framework: no area names, questions or year to decide it from"] };
        }

        var warnings = decision.Uncertain ? [.. draft.Warnings, $"framework uncertain: {decision.Evidence}"] : draft.Warnings;
        return draft with { Framework = decision.Revision, QuestionSet = decision.QuestionSet, Warnings = warnings };
    }
}
