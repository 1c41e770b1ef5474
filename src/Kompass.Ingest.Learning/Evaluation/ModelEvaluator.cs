using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Export;
using Kompass.Ingest.Learning.Inference;
using Kompass.Ingest.Learning.Data;
using Kompass.Ingest.Learning.Models;

namespace Kompass.Ingest.Learning.Evaluation;

/// <summary>
/// Cross-validates the three models by document: each fold of documents (<see cref="DocumentFolds"/>)
/// is predicted by models trained on the other folds, so every document is held out once and no
/// finding is judged by a model that saw its document. The figures are over all held-out
/// predictions, and again over the documents of the toolchains other than the main one.
/// </summary>
public sealed class ModelEvaluator(LearningOptions options)
{
    private readonly LearningOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>The metrics of <paramref name="set"/>.</summary>
    public ModelMetrics Evaluate(TrainingSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var types = new List<(DocumentSample Sample, DocumentType? Predicted)>();
        var areas = new List<(FindingSample Sample, AreaReading? Predicted)>();
        var themes = new List<(FindingSample Sample, string? Predicted)>();
        for (var fold = 0; fold < _options.Folds; fold++)
        {
            var (trainDocuments, testDocuments) = Split(set.Documents, d => d.Group, fold);
            var (trainFindings, testFindings) = Split(set.Findings, f => f.Group, fold);
            types.AddRange(Held(testDocuments, trainDocuments, d => d.Type.ToString(), t => DocumentTypeModel.Train(t, _options.Seed).PredictMany(testDocuments)));
            areas.AddRange(Held(testFindings, trainFindings, f => FindingFeatures.AreaClass(f.Revision, f.Area), t => PlacementModel.Train(t, _options.Seed).PredictMany(testFindings)));
            var themedTest = testFindings.Where(f => f.Theme is not null).ToList();
            var themedTrain = trainFindings.Where(f => f.Theme is not null).ToList();
            themes.AddRange(Held(themedTest, themedTrain, f => FindingFeatures.ThemeClass(f.Revision, f.Area, f.Theme!), t => ThemeModel.Train(t, _options.Seed).PredictMany(themedTest)));
        }

        var main = set.MainToolchain;
        var others = set.Documents.Select(d => d.Toolchain).Concat(set.Findings.Select(f => f.Toolchain)).Where(t => t != main).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new ModelMetrics
        {
            MainToolchain = main,
            Folds = _options.Folds,
            Seed = _options.Seed,
            Documents = set.Documents.Count,
            Findings = set.Findings.Count,
            ThemedFindings = set.Findings.Count(f => f.Theme is not null),
            DocumentTypes = ConfusionMatrix.Of(types.Select(t => (ContractNames.Of(t.Sample.Type), t.Predicted is { } p ? ContractNames.Of(p) : null))),
            DocumentTypeMistakes = types.Where(t => t.Predicted != t.Sample.Type).Select(t => (t.Sample.Path, t.Sample.Type, t.Predicted)).OrderBy(t => t.Path, StringComparer.Ordinal).ToList(),
            Placement = ConfusionMatrix.Of(areas.Select(a => (a.Sample.Area.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Predicted?.Area.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
            Doubted = areas.Where(a => a.Predicted is { } r && PlacementValidator.ReadsMisplaced(r, a.Sample.Area, _options)).Select(a => new DoubtedFinding(a.Sample, a.Predicted!)).ToList(),
            Themes = ConfusionMatrix.Of(themes.Select(t => (t.Sample.Theme!, t.Predicted))),
            SecondToolchain = new ToolchainMetrics(
                others,
                types.Count(t => t.Sample.Toolchain != main),
                types.Count(t => t.Sample.Toolchain != main && t.Predicted == t.Sample.Type),
                areas.Count(a => a.Sample.Toolchain != main),
                areas.Count(a => a.Sample.Toolchain != main && a.Predicted?.Area == a.Sample.Area),
                themes.Count(t => t.Sample.Toolchain != main),
                themes.Count(t => t.Sample.Toolchain != main && t.Predicted == t.Sample.Theme)),
        };
    }

    private (List<T> Train, List<T> Test) Split<T>(IReadOnlyList<T> rows, Func<T, string> group, int fold)
    {
        var train = new List<T>();
        var test = new List<T>();
        foreach (var row in rows)
        {
            (DocumentFolds.Of(group(row), _options.Folds) == fold ? test : train).Add(row);
        }

        return (train, test);
    }

    // The held-out rows with the predictions of a model trained on the rest; no prediction when
    // the rest has fewer than two classes to learn from.
    private static IEnumerable<(T Sample, TPrediction? Predicted)> Held<T, TPrediction>(
        List<T> test, List<T> train, Func<T, string> label, Func<List<T>, IReadOnlyList<TPrediction?>> predict)
    {
        if (test.Count == 0)
        {
            return [];
        }

        var predictions = train.Select(label).Distinct(StringComparer.Ordinal).Count() >= 2 ? predict(train) : test.Select(_ => default(TPrediction)).ToList();
        return test.Select((t, i) => (t, predictions[i]));
    }
}
