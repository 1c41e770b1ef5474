using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Kompass.Ingest.Learning.Models;

/// <summary>
/// A trained <see cref="TextClassifierTrainer"/> model taken out of ML.NET: the text features
/// (<see cref="TextFeaturizer"/>, its vocabularies read from the model's slot names), then the
/// maximum-entropy model's weights (only the nonzero ones, <see cref="SparseWeights"/>) and biases,
/// scored as <c>MaximumEntropyModelParameters</c> does: softmax(W·x + b) over x = text features
/// then the numbers. ML.NET's per-row plumbing (cursors,
/// getters, column concatenation) cost more than this arithmetic: on the sample archive's documents,
/// run warm, the three models take about 2.5 times less CPU compiled (1.4–2.2 ms a document against
/// 3.2–5.6 ms through ML.NET's prediction engine, the two builds run in turn on a busy machine).
/// Immutable and thread-safe.
/// </summary>
internal sealed class CompiledTextModel
{
    // How many of the vocabulary's words ProbeText uses: enough to meet every stop word once.
    private const int ProbeWords = 60;

    // A word of no language (a snowman in it), so no vocabulary holds it.
    private const string UnknownWord = "sn\u2603w";

    // Up to this many classes, a prediction sums their logits on the stack.
    private const int MaxStackClasses = 512;

    private readonly TextFeaturizer _text;
    private readonly int _textSlots;
    private readonly int _numberCount;
    private readonly int _classCount;

    private readonly SparseWeights _weights;
    private readonly float[] _biases;
    private readonly IReadOnlyList<string> _someWords;

    private CompiledTextModel(TextFeaturizer text, int textSlots, int numberCount, SparseWeights weights, float[] biases, IReadOnlyList<string> someWords)
    {
        _text = text;
        _textSlots = textSlots;
        _numberCount = numberCount;
        _classCount = biases.Length;
        _weights = weights;
        _biases = biases;
        _someWords = someWords;
    }

    /// <summary>
    /// The compiled form of <paramref name="model"/> (the chain <see cref="TextClassifierTrainer"/>
    /// fits); null with <paramref name="problem"/> when it is not that chain or its vocabulary cannot
    /// be read back exactly (<see cref="FeatureSlotNames"/>).
    /// </summary>
    public static CompiledTextModel? Compile(ITransformer model, DataViewSchema inputSchema, int numberCount, out string? problem)
    {
        // A fitted pipeline is a TransformerChain of its last transformer's type, a loaded one of ITransformer: both enumerate their steps.
        if (model is not IEnumerable<ITransformer> chain || chain.LastOrDefault() is not MulticlassPredictionTransformer<MaximumEntropyModelParameters> predictor)
        {
            problem = "not a text featurizer and a maximum-entropy model";
            return null;
        }

        var output = model.GetOutputSchema(inputSchema);
        if (output.GetColumnOrNull(TextClassifierTrainer.TextFeaturesColumn) is not { Type: VectorDataViewType { Size: > 0 } textType } textColumn
            || output.GetColumnOrNull(TextClassifierTrainer.FeaturesColumn) is not { Type: VectorDataViewType { Size: var featureCount } }
            || featureCount != textType.Size + numberCount)
        {
            problem = "the features are not the text features and then the numbers";
            return null;
        }

        var names = default(VBuffer<ReadOnlyMemory<char>>);
        textColumn.GetSlotNames(ref names);
        var slots = FeatureSlotNames.Read(names.DenseValues().Select(n => n.ToString()).ToList(), out problem);
        if (slots is null)
        {
            return null;
        }

        VBuffer<float>[] weights = [];
        predictor.Model.GetWeights(ref weights, out var classCount);
        var biases = predictor.Model.GetBiases().ToArray();
        if (classCount != biases.Length || weights.Any(w => w.Length != featureCount))
        {
            problem = "the weights do not match the features";
            return null;
        }

        var someWords = slots.Unigrams.OrderBy(u => u.Value).Select(u => u.Key).Take(ProbeWords).ToList();
        return new CompiledTextModel(new TextFeaturizer(slots, TextClassifierTrainer.StopWords), textType.Size, numberCount, SparseWeights.From(weights, featureCount), biases, someWords);
    }

    /// <summary>The probability of each class, in the model's class order, as ML.NET's Score column holds them.</summary>
    public float[] Score(string text, IReadOnlyList<float> numbers) => Score(text, numbers, null);

    /// <summary>
    /// As <see cref="Score(string, IReadOnlyList{float})"/>, but only the probabilities of
    /// <paramref name="classes"/> (all when null) are worked out, the others left zero: a caller
    /// that reads a few classes (an area's subheadings) spares an exponential for each other one.
    /// A class's probability is the same either way: every class still counts in the softmax's sum.
    /// </summary>
    public float[] Score(string text, IReadOnlyList<float> numbers, IReadOnlyList<int>? classes)
    {
        if (numbers.Count != _numberCount)
        {
            throw new ArgumentException($"the model reads {_numberCount} numbers, not {numbers.Count}", nameof(numbers));
        }

        // A model has tens of classes: their sums live on the stack.
        Span<double> logits = _classCount <= MaxStackClasses ? stackalloc double[_classCount] : new double[_classCount];
        for (var c = 0; c < _classCount; c++)
        {
            logits[c] = _biases[c];
        }

        foreach (var (slot, value) in _text.Features(text, FeatureBuffers.OfThisThread))
        {
            _weights.AddTo(logits, slot, value);
        }

        for (var i = 0; i < _numberCount; i++)
        {
            _weights.AddTo(logits, _textSlots + i, numbers[i]);
        }

        return Softmax(logits, classes);
    }

    /// <summary>
    /// A text that reaches every step <see cref="TextFeaturizer"/> reproduces: words of the model's
    /// vocabulary, capitalised, with digits or punctuation inside, every stop word between them, and
    /// now and then a word no vocabulary holds.
    /// </summary>
    public string ProbeText()
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < _someWords.Count; i++)
        {
            var word = _someWords[i];
            text.Append((i % 3) switch
            {
                0 => char.ToUpperInvariant(word[0]) + word[1..],
                1 => word[..(word.Length / 2)] + "7" + word[(word.Length / 2)..],
                _ => word + ",",
            });
            var stopWord = TextClassifierTrainer.StopWords[i % TextClassifierTrainer.StopWords.Count];
            text.Append(' ').Append(char.ToUpperInvariant(stopWord[0])).Append(stopWord[1..]).Append(' ');
            if (i % 4 == 3)
            {
                text.Append(UnknownWord).Append(' ');
            }
        }

        return text.ToString();
    }

    // As MathUtils.SoftMax: exp(x - logsumexp(x)), shifted by the largest logit so nothing overflows;
    // worked out for the given classes only (all when null), the others left zero.
    private static float[] Softmax(ReadOnlySpan<double> logits, IReadOnlyList<int>? classes)
    {
        var max = Max(logits);
        var sum = 0d;
        foreach (var logit in logits)
        {
            sum += Math.Exp(logit - max);
        }

        var logSum = max + Math.Log(sum);
        var probabilities = new float[logits.Length];
        if (classes is null)
        {
            for (var c = 0; c < logits.Length; c++)
            {
                probabilities[c] = (float)Math.Exp(logits[c] - logSum);
            }

            return probabilities;
        }

        foreach (var c in classes)
        {
            if (c < logits.Length)
            {
                probabilities[c] = (float)Math.Exp(logits[c] - logSum);
            }
        }

        return probabilities;
    }

    // As Enumerable.Max over doubles: a NaN counts only when every value is one; the first of equal largest values wins.
    private static double Max(ReadOnlySpan<double> values)
    {
        var i = 0;
        var max = values[i++];
        while (double.IsNaN(max) && i < values.Length)
        {
            max = values[i++];
        }

        for (; i < values.Length; i++)
        {
            if (values[i] > max)
            {
                max = values[i];
            }
        }

        return max;
    }
}
