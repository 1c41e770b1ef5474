using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Learning.Models;

namespace Kompass.Ingest.Learning.Inference;

/// <summary>
/// The theme model as ingest asks it: the most probable subheading of the item's area, when it
/// has at least <see cref="LearningOptions.ThemeMinProbability"/> among them. Thread-safe.
/// </summary>
public sealed class LearnedFindingThemes(ThemeModel model, LearningOptions options) : IFindingThemes
{
    private readonly ThemeModel _model = model ?? throw new ArgumentNullException(nameof(model));
    private readonly LearningOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <inheritdoc />
    public string? ThemeOf(FrameworkRevision revision, int area, bool isStrength, string text)
        => _model.Predict(revision, area, text, isStrength) is { } p && p.Probability >= _options.ThemeMinProbability ? p.Label : null;
}
