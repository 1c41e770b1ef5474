using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Learning.Data;

namespace Kompass.Ingest.Learning.Models;

/// <summary>
/// Which of its revision's eight areas a strength or improvement reads as belonging to, learned
/// from the areas findings are printed under. Thread-safe.
/// </summary>
public sealed class PlacementModel(TextClassifier classifier)
{
    /// <summary>The trained classifier.</summary>
    public TextClassifier Classifier { get; } = classifier ?? throw new ArgumentNullException(nameof(classifier));

    /// <summary>Trains on <paramref name="findings"/>, in their order, with <paramref name="seed"/>.</summary>
    public static PlacementModel Train(IReadOnlyList<FindingSample> findings, int seed)
        => new(TextClassifierTrainer.Train(
            findings.Select(f => new ClassifierRow { Label = FindingFeatures.AreaClass(f.Revision, f.Area), Text = f.Text, Numbers = FindingFeatures.Of(f.IsStrength) }).ToList(),
            FindingFeatures.Count,
            seed));

    /// <summary>The area the text reads as among <paramref name="revision"/>'s, with the probability of <paramref name="printedArea"/> beside it; null when the model knows no area of the revision.</summary>
    public AreaReading? Predict(FrameworkRevision revision, int printedArea, string text, bool isStrength)
        => Reading(Classifier.ProbabilitiesAmong(text, FindingFeatures.Of(isStrength), RevisionPrefix(revision)), revision, printedArea);

    private static AreaReading? Reading(IReadOnlyDictionary<string, double> probabilities, FrameworkRevision revision, int printedArea)
    {
        if (probabilities.Count == 0)
        {
            return null;
        }

        var best = TextClassifier.MostProbable(probabilities);
        return new AreaReading(FindingFeatures.AreaOf(best.Key), best.Value, probabilities.GetValueOrDefault(FindingFeatures.AreaClass(revision, printedArea)));
    }

    /// <summary>What the model reads in each finding (evaluation), among its revision's areas; null where it knows none.</summary>
    internal IReadOnlyList<AreaReading?> PredictMany(IReadOnlyList<FindingSample> findings)
        => Classifier.ProbabilitiesOfMany(findings.Select(f => (f.Text, FindingFeatures.Of(f.IsStrength), (Func<string, bool>?)OfRevision(f.Revision))).ToList())
            .Select((p, i) => Reading(p, findings[i].Revision, findings[i].Area))
            .ToList();

    private static Func<string, bool> OfRevision(FrameworkRevision revision)
    {
        var prefix = RevisionPrefix(revision);
        return c => c.StartsWith(prefix, StringComparison.Ordinal);
    }

    // What the names of a revision's classes begin with.
    private static string RevisionPrefix(FrameworkRevision revision) => revision.ToName() + ":";
}
