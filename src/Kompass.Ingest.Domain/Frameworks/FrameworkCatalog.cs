using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Domain.Frameworks;

/// <summary>
/// One framework revision as described by its file in <c>pipelines/frameworks/</c>: the eight
/// areas with their name variants, and the question sets with ids and maxima.
/// </summary>
public sealed record FrameworkCatalog(
    FrameworkRevision Revision,
    string InUse,
    string Source,
    IReadOnlyList<AreaDefinition> Areas,
    IReadOnlyList<QuestionSet> QuestionSets)
{
    /// <summary>The area with this number; throws for a number the catalog lacks (a bug).</summary>
    public AreaDefinition Area(int number) => Areas.Single(a => a.Number == number);

    /// <summary>The question set in use in <paramref name="year"/>, else the latest.</summary>
    public QuestionSet QuestionSetFor(int year)
        => QuestionSets.FirstOrDefault(s => year >= s.FirstYear && year <= s.LastYear)
           ?? QuestionSets.OrderBy(s => s.FirstYear).Last();
}
