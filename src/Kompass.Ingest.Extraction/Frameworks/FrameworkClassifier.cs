using System.Globalization;
using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Extraction.Frameworks;

/// <summary>
/// Decides which framework revision and question set a document follows, from what it prints:
/// how well its numbered area names match each catalog's names for those numbers (the same words
/// are area 8 in 2010 and area 2 in 2020), how well its question ids and maxima match each
/// question set, and, as a weak tie-breaker, whether its year lies in a set's years. Pure and
/// thread-safe.
/// </summary>
public sealed class FrameworkClassifier
{
    private readonly IReadOnlyList<FrameworkCatalog> _catalogs;
    private readonly FrameworkOptions _options;

    // Each catalog's areas (in catalog order) with the words of all their names: every document's
    // printed names are compared with all of them, so the catalog side is split into words once.
    private readonly List<List<AreaWords>> _areaWords;

    // Each catalog's question sets (in catalog order) as their distinct (id, max) pairs, each with
    // the areas of the questions printing it: every document is held against every set, and the
    // set's side was gathered into a new set of pairs for each document.
    private readonly List<List<Dictionary<(string Id, decimal Max), List<int>>>> _setPairs;

    /// <summary>Creates the classifier over <paramref name="catalogs"/> (parsed by the caller from <c>pipelines/frameworks</c>).</summary>
    public FrameworkClassifier(IReadOnlyList<FrameworkCatalog> catalogs, FrameworkOptions? options = null)
    {
        Guard.NotNull(catalogs);
        _catalogs = catalogs;
        _options = options ?? new FrameworkOptions();
        _areaWords = catalogs
            .Select(c => c.Areas.Select(a => new AreaWords(a.Number, a.AllNames.Select(AreaNameSimilarity.WordsOf).ToList())).ToList())
            .ToList();
        _setPairs = catalogs.Select(c => c.QuestionSets.Select(PairsOf).ToList()).ToList();
    }

    /// <summary>The most likely revision and set; null when nothing in the document points anywhere.</summary>
    public FrameworkDecision? Classify(IReadOnlyList<PrintedAreaName> names, IReadOnlyList<PrintedQuestion> questions, int? year)
    {
        Guard.NotNull(names);
        Guard.NotNull(questions);

        // The names score a catalog, not a question set: read once per catalog for all its sets.
        // The printed names are split into words, and the questions gathered, once for all catalogs.
        var printed = names.Select(n => (n.Number, Words: AreaNameSimilarity.WordsOf(n.Name))).ToList();
        var printedQuestions = PrintedQuestions.Of(questions);
        var candidates = new List<Candidate>();
        for (var c = 0; c < _catalogs.Count; c++)
        {
            var catalog = _catalogs[c];
            var nameScore = NameScore(_areaWords[c], printed);
            candidates.AddRange(catalog.QuestionSets.Select((s, k) => Score(catalog, s, _setPairs[c][k], nameScore, printedQuestions, year)));
        }

        if (candidates.Count == 0 || candidates.All(c => c.Total <= 0))
        {
            return null;
        }

        var best = candidates.MaxBy(c => c.Total)!;
        var runnerUp = candidates.Where(c => c.Catalog.Revision != best.Catalog.Revision).MaxBy(c => c.Total);
        var set = best.Questions >= _options.MinQuestionAgreement || year is null
            ? best.Set
            : best.Catalog.QuestionSetFor(year.Value);
        var evidence = string.Create(CultureInfo.InvariantCulture,
            $"{Describe(best)}{(runnerUp is null ? string.Empty : "; next " + Describe(runnerUp))}");
        var uncertain = runnerUp is not null && best.Total - runnerUp.Total < _options.UncertainMargin;
        return new FrameworkDecision(best.Catalog.Revision, set.Name, evidence, uncertain);
    }

    // Per area of the catalog, the best similarity of a name printed with its number (when similar
    // enough), summed over the areas in catalog order.
    private double NameScore(List<AreaWords> areas, List<(int Number, HashSet<string> Words)> printed)
    {
        var score = 0.0;
        foreach (var area in areas)
        {
            var best = 0.0;
            foreach (var name in printed)
            {
                if (name.Number == area.Number && AreaNameSimilarity.Best(name.Words, area.Names) is var similarity && similarity >= _options.MinNameSimilarity)
                {
                    best = Math.Max(best, similarity);
                }
            }

            score += best;
        }

        return score;
    }

    private Candidate Score(FrameworkCatalog catalog, QuestionSet set, Dictionary<(string Id, decimal Max), List<int>> setPairs, double nameScore, PrintedQuestions questions, int? year)
    {
        var questionScore = Agreement(setPairs, questions);
        var inYears = year is int y && y >= set.FirstYear && y <= set.LastYear;
        var total = (_options.NameWeight * nameScore) + (_options.QuestionWeight * questionScore) + (inYears ? _options.YearWeight : 0);
        return new Candidate(catalog, set, nameScore, questionScore, inYears, total);
    }

    /// <summary>F1 of the printed (id, max) pairs against the set's, over the areas the document prints questions for.</summary>
    /// <remarks>The set's pairs are those of its questions in those areas, each counted once.</remarks>
    internal static double Agreement(Dictionary<(string Id, decimal Max), List<int>> setPairs, PrintedQuestions questions)
    {
        if (questions.Pairs.Count == 0)
        {
            return 0;
        }

        var (known, common) = (0, 0);
        foreach (var (pair, areas) in setPairs)
        {
            if (AnyOf(areas, questions.Areas))
            {
                known++;
                common += questions.Pairs.Contains(pair) ? 1 : 0;
            }
        }

        return common == 0 ? 0 : 2.0 * common / (questions.Pairs.Count + known);
    }

    /// <summary>A set's distinct (id, max) pairs, each with the areas of the questions that print it.</summary>
    internal static Dictionary<(string Id, decimal Max), List<int>> PairsOf(QuestionSet set)
    {
        var pairs = new Dictionary<(string Id, decimal Max), List<int>>();
        foreach (var question in set.Questions)
        {
            if (!pairs.TryGetValue((question.Id, question.Max), out var areas))
            {
                pairs.Add((question.Id, question.Max), areas = []);
            }

            if (!areas.Contains(question.Area))
            {
                areas.Add(question.Area);
            }
        }

        return pairs;
    }

    private static bool AnyOf(List<int> areas, HashSet<int> printed)
    {
        foreach (var area in areas)
        {
            if (printed.Contains(area))
            {
                return true;
            }
        }

        return false;
    }

    private static int AreaOf(string id)
        => int.TryParse(id.AsSpan(0, Math.Max(0, id.IndexOf('.', StringComparison.Ordinal))), NumberStyles.None, CultureInfo.InvariantCulture, out var area) ? area : 0;

    private static string Describe(Candidate c) => string.Create(CultureInfo.InvariantCulture,
        $"{c.Catalog.Revision.ToName()}/{c.Set.Name}: names {c.Names:0.#}, questions {c.Questions:0.00}{(c.InYears ? ", year" : string.Empty)}, total {c.Total:0.##}");

    // A catalog area's number with the words of each of its names.
    private sealed record AreaWords(int Number, List<HashSet<string>> Names);

    // The distinct printed (id, max) pairs and the areas they belong to, gathered once per document.
    internal sealed record PrintedQuestions(HashSet<(string Id, decimal Max)> Pairs, HashSet<int> Areas)
    {
        public static PrintedQuestions Of(IReadOnlyList<PrintedQuestion> questions)
            => new(questions.Select(q => (q.Id, q.Max)).ToHashSet(), questions.Select(q => AreaOf(q.Id)).ToHashSet());
    }

    private sealed record Candidate(FrameworkCatalog Catalog, QuestionSet Set, double Names, double Questions, bool InYears, double Total);
}
