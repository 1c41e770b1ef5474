using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Evaluation;

/// <summary>
/// Every count the scorer keeps, for one document, one layout family or the whole run. Counts
/// (not percentages) are kept so that families pool exactly into the overall figures.
/// </summary>
public sealed record EvaluationCounts
{
    /// <summary>Nothing counted yet: the starting point of every sum.</summary>
    public static readonly EvaluationCounts Empty = new();

    /// <summary>Truth documents counted (scored or missing).</summary>
    public int Documents { get; init; }

    /// <summary>Truth documents without an exported document; each counts as wrong wherever its truth has items.</summary>
    public int Missing { get; init; }

    /// <summary>Truth documents that had an exported document to compare with.</summary>
    public int Scored => Documents - Missing;

    /// <summary>Document type equal, over every truth document.</summary>
    public Ratio DocumentType { get; init; }

    /// <summary>Per metadata field (in <see cref="MetadataFields.All"/> order), over documents whose truth is not unreadable.</summary>
    public IReadOnlyList<FieldRatio> Metadata { get; init; } = MetadataFields.All.Select(f => new FieldRatio(f.Name, default)).ToList();

    /// <summary>The mean of the per-field accuracies that have a denominator; null when none has.</summary>
    public double? MetadataMean => Mean(Metadata.Select(f => f.Ratio.Value));

    /// <summary>Area score equal, over the truth's areas (matched by number).</summary>
    public Ratio AreaScore { get; init; }

    /// <summary>Area national mean equal, over the truth's areas (matched by number).</summary>
    public Ratio NationalMean { get; init; }

    /// <summary>Question rows equal in id, score, max and percent, per area.</summary>
    public MatchCounts QuestionRows { get; init; }

    /// <summary>Question text equal, over the truth rows whose id was exported in the same area.</summary>
    public Ratio QuestionText { get; init; }

    /// <summary>Subheadings equal position by position, over the truth's subheadings.</summary>
    public Ratio Subheadings { get; init; }

    /// <summary>STYRKOR items matched as a multiset per area.</summary>
    public MatchCounts Strengths { get; init; }

    /// <summary>FÖRBÄTTRINGSOMRÅDEN items matched as a multiset per area.</summary>
    public MatchCounts Improvements { get; init; }

    /// <summary>Strengths and improvements pooled.</summary>
    public MatchCounts Findings => Strengths + Improvements;

    /// <summary>Expected flags found among the exported flags (by code, area and question).</summary>
    public Ratio ExpectedFlags { get; init; }

    /// <summary>Exported flags of severity warning or error that the truth does not expect.</summary>
    public int FalseFlags { get; init; }

    /// <summary>False flags per scored document, null when no document was scored.</summary>
    public double? FalseFlagsPerDocument => Scored == 0 ? null : (double)FalseFlags / Scored;

    /// <summary>Pools two sets of counts.</summary>
    public EvaluationCounts Add(EvaluationCounts other)
    {
        Guard.NotNull(other);
        Guard.That(Metadata.Count == other.Metadata.Count, "metadata field lists have the same shape");
        return new EvaluationCounts
        {
            Documents = Documents + other.Documents,
            Missing = Missing + other.Missing,
            DocumentType = DocumentType + other.DocumentType,
            Metadata = Metadata.Zip(other.Metadata, (a, b) => a with { Ratio = a.Ratio + b.Ratio }).ToList(),
            AreaScore = AreaScore + other.AreaScore,
            NationalMean = NationalMean + other.NationalMean,
            QuestionRows = QuestionRows + other.QuestionRows,
            QuestionText = QuestionText + other.QuestionText,
            Subheadings = Subheadings + other.Subheadings,
            Strengths = Strengths + other.Strengths,
            Improvements = Improvements + other.Improvements,
            ExpectedFlags = ExpectedFlags + other.ExpectedFlags,
            FalseFlags = FalseFlags + other.FalseFlags,
        };
    }

    /// <summary>Sums any number of counts.</summary>
    public static EvaluationCounts Sum(IEnumerable<EvaluationCounts> counts)
        => Guard.NotNull(counts).Aggregate(Empty, (sum, next) => sum.Add(next));

    private static double? Mean(IEnumerable<double?> values)
    {
        var defined = values.Where(v => v.HasValue).Select(v => v!.Value).ToList();
        return defined.Count == 0 ? null : defined.Average();
    }
}
