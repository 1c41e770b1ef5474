using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace Kompass.Ingest.Learning.Models;

/// <summary>
/// Trains a <see cref="TextClassifier"/>: the text as word unigrams and bigrams and character
/// 4-grams (Swedish compounds share their parts: "medborgardialog", "dialogforum"), Swedish stop
/// words dropped, beside the numeric features, into a maximum-entropy model (SDCA). Deterministic
/// for a seed: one training thread, classes ordered by value, rows in the caller's order.
/// </summary>
internal static class TextClassifierTrainer
{
    /// <summary>The column of the text's features (<see cref="TextFeaturizer"/> computes them without ML.NET).</summary>
    internal const string TextFeaturesColumn = "TextFeatures";

    /// <summary>The column the model reads: the text's features, then the numbers.</summary>
    internal const string FeaturesColumn = "Features";

    /// <summary>
    /// ML.NET's built-in stop-word lists have no Swedish one: the function words that carry grammar,
    /// not a topic. <see cref="TextFeaturizer"/> drops the same ones: a loaded model does not expose its list.
    /// </summary>
    internal static readonly IReadOnlyList<string> StopWords =
    [
        "alla", "allt", "andra", "att", "av", "bör", "de", "dem", "den", "denna", "dessa", "det", "detta", "där", "efter",
        "eller", "en", "ett", "finns", "för", "från", "genom", "har", "hos", "i", "inom", "inte", "kan", "med", "mellan",
        "men", "mer", "mot", "och", "om", "på", "samt", "sig", "sin", "sina", "ska", "som", "så", "till", "under", "ut",
        "vid", "är", "även", "åt", "över",
    ];

    /// <summary>
    /// Trains on <paramref name="rows"/>. With <paramref name="balanced"/>, each class weighs as
    /// much as any other in total (a rare class's rows count more), so a store of mostly analyses
    /// still teaches what a memo looks like.
    /// </summary>
    public static TextClassifier Train(IReadOnlyList<ClassifierRow> rows, int numbers, int seed, bool balanced = false)
    {
        if (rows.Count == 0 || rows.Select(r => r.Label).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            throw new InvalidOperationException("a classifier needs rows of at least two classes");
        }

        if (balanced)
        {
            var counts = rows.GroupBy(r => r.Label, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            foreach (var row in rows)
            {
                row.Weight = (float)rows.Count / (counts.Count * counts[row.Label]);
            }
        }

        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(rows, TextClassifier.RowSchema(numbers));
        var text = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = true,
            KeepPunctuations = false,
            KeepNumbers = false,
            StopWordsRemoverOptions = new CustomStopWordsRemovingEstimator.Options { StopWords = [.. StopWords] },
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var trainer = new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "LabelKey",
            FeatureColumnName = FeaturesColumn,
            ExampleWeightColumnName = nameof(ClassifierRow.Weight),
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 100,
        };
        var pipeline = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(ClassifierRow.Label), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.Transforms.Text.FeaturizeText(TextFeaturesColumn, text, nameof(ClassifierRow.Text)))
            .Append(ml.Transforms.Concatenate(FeaturesColumn, TextFeaturesColumn, nameof(ClassifierRow.Numbers)))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(trainer));
        return new TextClassifier(ml, pipeline.Fit(data), data.Schema);
    }
}
