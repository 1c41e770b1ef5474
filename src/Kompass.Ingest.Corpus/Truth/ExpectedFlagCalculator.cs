using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Truth.Rules;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Truth;

/// <summary>
/// Computes a generated report's expected flags mechanically from its printed values with the
/// contract's rules, whatever was injected: one altered number may rightly raise two flags.
/// Flags with the same code, area and question (how eval matches them) are merged, keeping the
/// highest severity. <c>duplicate-report</c> spans documents: see <see cref="DuplicateReportRule"/>.
/// <c>low-text-quality</c> needs OCR and is not produced.
/// </summary>
public sealed class ExpectedFlagCalculator
{
    private readonly IReadOnlyList<IReportRule> _rules;

    /// <summary>Uses every document rule of the contract.</summary>
    public ExpectedFlagCalculator()
        : this([
            new PercentMismatchRule(), new ScoreOutOfRangeRule(), new QuestionSumMismatchRule(), new AreaMaxMismatchRule(),
            new SummarySectionMismatchRule(), new TotalMismatchRule(), new MissingAreaRule(), new MissingQuestionRule(),
            new UnknownMunicipalityRule(), new DateMismatchRule(), new FindingMisplacedRule(),
        ])
    {
    }

    /// <summary>Uses the given rules.</summary>
    public ExpectedFlagCalculator(IReadOnlyList<IReportRule> rules) => _rules = rules ?? throw new ArgumentNullException(nameof(rules));

    /// <summary>The flags of <paramref name="report"/>, in the contract's code order, then by area and question.</summary>
    public IReadOnlyList<TruthFlag> Calculate(PrintedReport report, RuleContext context)
        => Merge(_rules.SelectMany(rule => rule.Check(report, context)));

    /// <summary>Merges flags that eval cannot tell apart and orders them.</summary>
    public static IReadOnlyList<TruthFlag> Merge(IEnumerable<TruthFlag> flags)
        => flags
            .GroupBy(f => (f.Code, f.Area, f.Question))
            .Select(g => g.OrderByDescending(f => f.Severity).First())
            .OrderBy(f => Order(f.Code))
            .ThenBy(f => f.Area ?? 0)
            .ThenBy(f => f.Question, StringComparer.Ordinal)
            .ToList();

    private static int Order(string code)
    {
        var index = FlagCodes.All.ToList().IndexOf(code);
        return index < 0 ? int.MaxValue : index;
    }
}
