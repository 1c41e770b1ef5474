using Kompass.Ingest.Learning.Data;
using Kompass.Ingest.Learning.Evaluation;
using Kompass.Ingest.Learning.Models;

namespace Kompass.Ingest.Learning;

/// <summary>
/// Trains the three models from a training set: cross-validation by document first (the figures),
/// then each model on every document (what ships). The placement model is not taught the printed
/// area of the findings the held-out model doubted (<see cref="ModelMetrics.Doubted"/>): a missed
/// section boundary makes the printed area a wrong label, and a model taught it would no longer
/// flag the very items it exists to find ("confident learning": drop the labels a held-out model
/// confidently contradicts). Deterministic for a set and a seed.
/// </summary>
public sealed class ModelTrainer(LearningOptions options)
{
    private readonly LearningOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>The models trained on all of <paramref name="set"/>, with their held-out metrics.</summary>
    public TrainingResult Train(TrainingSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var metrics = new ModelEvaluator(_options).Evaluate(set);
        var themed = set.Findings.Where(f => f.Theme is not null).ToList();
        var doubted = metrics.Doubted.Select(d => d.Finding).ToHashSet();
        var placed = set.Findings.Where(f => !doubted.Contains(f)).ToList();
        var models = new ModelSet(
            Classes(set.Documents.Select(d => d.Type.ToString())) >= 2 ? DocumentTypeModel.Train(set.Documents, _options.Seed) : null,
            Classes(set.Findings.Select(f => FindingFeatures.AreaClass(f.Revision, f.Area))) >= 2 ? PlacementModel.Train(placed, _options.Seed) : null,
            Classes(themed.Select(f => FindingFeatures.ThemeClass(f.Revision, f.Area, f.Theme!))) >= 2 ? ThemeModel.Train(themed, _options.Seed) : null);
        return new TrainingResult(models, metrics);
    }

    private static int Classes(IEnumerable<string> labels) => labels.Distinct(StringComparer.Ordinal).Count();
}
