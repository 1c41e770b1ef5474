using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Learning.Data;

namespace Kompass.Ingest.Learning.Models;

/// <summary>
/// Which subheading ("Rubrik") of its area a strength or improvement is about, learned from the
/// findings whose words name one (<see cref="ThemeLabeler"/>). Thread-safe.
/// </summary>
public sealed class ThemeModel(TextClassifier classifier)
{
    /// <summary>The trained classifier.</summary>
    public TextClassifier Classifier { get; } = classifier ?? throw new ArgumentNullException(nameof(classifier));

    /// <summary>Trains on the labelled ones of <paramref name="findings"/>, in their order, with <paramref name="seed"/>.</summary>
    public static ThemeModel Train(IReadOnlyList<FindingSample> findings, int seed)
        => new(TextClassifierTrainer.Train(
            findings.Where(f => f.Theme is not null)
                .Select(f => new ClassifierRow { Label = FindingFeatures.ThemeClass(f.Revision, f.Area, f.Theme!), Text = f.Text, Numbers = FindingFeatures.Of(f.IsStrength) })
                .ToList(),
            FindingFeatures.Count,
            seed));

    /// <summary>The subheading of <paramref name="area"/> the text is about, with its probability among the area's; null when the model knows none of them.</summary>
    public ClassPrediction? Predict(FrameworkRevision revision, int area, string text, bool isStrength)
        => Classifier.PredictAmong(text, FindingFeatures.Of(isStrength), AreaPrefix(revision, area)) is { } p
            ? p with { Label = FindingFeatures.SubheadingOf(p.Label) }
            : null;

    /// <summary>The predicted subheading of each finding (evaluation), among its area's.</summary>
    internal IReadOnlyList<string?> PredictMany(IReadOnlyList<FindingSample> findings)
        => Classifier.PredictMany(findings.Select(f => (f.Text, FindingFeatures.Of(f.IsStrength), (Func<string, bool>?)OfArea(f.Revision, f.Area))).ToList())
            .Select(p => p is null ? null : FindingFeatures.SubheadingOf(p.Label))
            .ToList();

    private static Func<string, bool> OfArea(FrameworkRevision revision, int area)
    {
        var prefix = AreaPrefix(revision, area);
        return c => c.StartsWith(prefix, StringComparison.Ordinal);
    }

    // What the names of an area's theme classes begin with.
    private static string AreaPrefix(FrameworkRevision revision, int area) => FindingFeatures.AreaClass(revision, area) + ":";
}
