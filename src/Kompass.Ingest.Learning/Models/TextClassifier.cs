using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Kompass.Ingest.Learning.Models;

/// <summary>
/// A trained multiclass model over a text and a few numbers (<see cref="TextClassifierTrainer"/>),
/// asked for the most probable class among the candidates the caller allows: the placement model
/// knows the areas of every revision and is asked only about the document's own. Predictions run on
/// the model compiled out of ML.NET (<see cref="CompiledTextModel"/>), which gives ML.NET's
/// probabilities at a fraction of the cost; a model it cannot reproduce (checked on one row when the
/// classifier is made) keeps ML.NET's prediction engine. Thread-safe: the engine is not, so each call
/// rents one from a small pool.
/// </summary>
public sealed class TextClassifier
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _inputSchema;
    private readonly SchemaDefinition _rowSchema;
    private readonly ConcurrentBag<PredictionEngine<ClassifierRow, ClassifierScores>> _engines = [];

    // The classes of each prefix asked for (ClassesStartingWith), in class order: a model is asked
    // about the same revision's or area's classes for every finding.
    private readonly ConcurrentDictionary<string, int[]> _classesByPrefix = new(StringComparer.Ordinal);

    // How far the compiled probabilities may be from ML.NET's: single-precision sums in another order differ by about 1e-7.
    private const double CompiledTolerance = 1e-5;

    internal TextClassifier(MLContext ml, ITransformer model, DataViewSchema inputSchema)
    {
        _ml = ml;
        _model = model;
        _inputSchema = inputSchema;
        NumberCount = inputSchema[nameof(ClassifierRow.Numbers)].Type is VectorDataViewType v ? v.Size : 0;
        _rowSchema = RowSchema(NumberCount);
        var slots = default(VBuffer<ReadOnlyMemory<char>>);
        model.GetOutputSchema(inputSchema)["Score"].GetSlotNames(ref slots);
        Classes = slots.DenseValues().Select(s => s.ToString()).ToList();
        Compiled = Checked(CompiledTextModel.Compile(model, inputSchema, NumberCount, out var problem), out var disagreement);
        CompileProblem = problem ?? disagreement;
    }

    /// <summary>The model compiled out of ML.NET, which predictions use; null when it cannot be reproduced exactly (<see cref="CompileProblem"/>).</summary>
    internal CompiledTextModel? Compiled { get; }

    /// <summary>Why <see cref="Compiled"/> is null; null when it is not.</summary>
    internal string? CompileProblem { get; }

    /// <summary>The classes the model knows, in its score order.</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>How many numeric features a row carries.</summary>
    public int NumberCount { get; }

    /// <summary>The most probable of <paramref name="candidates"/> (all classes when null), renormalised among them; null when the model knows none of them.</summary>
    public ClassPrediction? Predict(string text, IReadOnlyList<float> numbers, Func<string, bool>? candidates = null)
        => Best(Probabilities(text, numbers, candidates));

    /// <summary>The probability of each of <paramref name="candidates"/> (all classes when null), renormalised among them.</summary>
    public IReadOnlyDictionary<string, double> Probabilities(string text, IReadOnlyList<float> numbers, Func<string, bool>? candidates = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(numbers);
        return ProbabilitiesOf(text, numbers, Chosen(candidates));
    }

    /// <summary>As <see cref="Predict"/> among the classes whose names begin with <paramref name="classPrefix"/>, which are found once per prefix.</summary>
    internal ClassPrediction? PredictAmong(string text, IReadOnlyList<float> numbers, string classPrefix)
        => Best(ProbabilitiesAmong(text, numbers, classPrefix));

    /// <summary>As <see cref="Probabilities"/> among the classes whose names begin with <paramref name="classPrefix"/>, which are found once per prefix.</summary>
    internal IReadOnlyDictionary<string, double> ProbabilitiesAmong(string text, IReadOnlyList<float> numbers, string classPrefix)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(numbers);
        var chosen = _classesByPrefix.GetOrAdd(classPrefix, prefix => Chosen(c => c.StartsWith(prefix, StringComparison.Ordinal)));
        return ProbabilitiesOf(text, numbers, chosen);
    }

    /// <summary>The probability of each class as ML.NET's own prediction engine computes it (what <see cref="Compiled"/> must equal).</summary>
    internal float[] EngineScores(string text, IReadOnlyList<float> numbers)
    {
        var engine = _engines.TryTake(out var pooled) ? pooled : _ml.Model.CreatePredictionEngine<ClassifierRow, ClassifierScores>(_model, inputSchemaDefinition: _rowSchema);
        try
        {
            return engine.Predict(new ClassifierRow { Text = text, Numbers = [.. numbers] }).Score;
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    private Dictionary<string, double> ProbabilitiesOf(string text, IReadOnlyList<float> numbers, int[] chosen)
        => Among(Compiled?.Score(text, numbers, chosen) ?? EngineScores(text, numbers), chosen);

    /// <summary>As <see cref="Predict"/> for many rows at once (evaluation).</summary>
    internal IReadOnlyList<ClassPrediction?> PredictMany(IReadOnlyList<(string Text, float[] Numbers, Func<string, bool>? Candidates)> rows)
        => ProbabilitiesOfMany(rows).Select(Best).ToList();

    /// <summary>As <see cref="Probabilities"/> for many rows at once (evaluation): the compiled model row by row, else one pass through ML.NET's.</summary>
    internal IReadOnlyList<IReadOnlyDictionary<string, double>> ProbabilitiesOfMany(IReadOnlyList<(string Text, float[] Numbers, Func<string, bool>? Candidates)> rows)
    {
        if (Compiled is { } compiled)
        {
            return rows.Select(r => (IReadOnlyDictionary<string, double>)Among(compiled.Score(r.Text, r.Numbers), Chosen(r.Candidates))).ToList();
        }

        var data = _ml.Data.LoadFromEnumerable(rows.Select(r => new ClassifierRow { Text = r.Text, Numbers = r.Numbers }), _rowSchema);
        var scores = _ml.Data.CreateEnumerable<ClassifierScores>(_model.Transform(data), reuseRowObject: false).ToList();
        return scores.Select((s, i) => (IReadOnlyDictionary<string, double>)Among(s.Score, Chosen(rows[i].Candidates))).ToList();
    }

    /// <summary>Writes the model (ML.NET's zip format) to <paramref name="stream"/>.</summary>
    public void Save(Stream stream) => _ml.Model.Save(_model, _inputSchema, stream);

    /// <summary>Reads a model <see cref="Save"/> wrote.</summary>
    public static TextClassifier Load(Stream stream, int seed)
    {
        var ml = new MLContext(seed);
        var model = ml.Model.Load(stream, out var schema);
        return new TextClassifier(ml, model, schema);
    }

    internal static SchemaDefinition RowSchema(int numbers)
    {
        var schema = SchemaDefinition.Create(typeof(ClassifierRow));
        schema[nameof(ClassifierRow.Numbers)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, numbers);
        return schema;
    }

    // One row through both, built to touch every step the compiled model reproduces (case, digits, punctuation, stop words, the vocabulary):
    // a model trained with other text options than TextFeaturizer's disagrees, and keeps ML.NET's engine rather than a fast wrong answer.
    private CompiledTextModel? Checked(CompiledTextModel? compiled, out string? disagreement)
    {
        disagreement = null;
        if (compiled is null)
        {
            return null;
        }

        var numbers = Enumerable.Range(1, NumberCount).Select(i => 1f / i).ToArray();
        var probe = compiled.ProbeText();
        var expected = EngineScores(probe, numbers);
        var actual = compiled.Score(probe, numbers);
        var difference = expected.Zip(actual, (e, a) => Math.Abs(e - a)).DefaultIfEmpty(float.PositiveInfinity).Max();
        if (expected.Length == actual.Length && difference <= CompiledTolerance)
        {
            return compiled;
        }

        disagreement = $"the compiled model differs from ML.NET by {difference} on \"{probe[..Math.Min(probe.Length, 80)]}…\"";
        return null;
    }

    private static ClassPrediction? Best(IReadOnlyDictionary<string, double> probabilities)
    {
        if (probabilities.Count == 0)
        {
            return null;
        }

        var (label, probability) = MostProbable(probabilities);
        return new ClassPrediction(label, probability);
    }

    /// <summary>
    /// The class of highest probability, the ordinally first of equal ones (a NaN below every number,
    /// as ordering by value, descending, then by name would put it); <paramref name="probabilities"/>
    /// is not empty. One pass instead of a sort: a prediction asks it once.
    /// </summary>
    internal static KeyValuePair<string, double> MostProbable(IReadOnlyDictionary<string, double> probabilities)
    {
        KeyValuePair<string, double>? best = null;
        foreach (var candidate in probabilities)
        {
            if (best is not { } b
                || candidate.Value.CompareTo(b.Value) > 0
                || (candidate.Value.CompareTo(b.Value) == 0 && string.CompareOrdinal(candidate.Key, b.Key) < 0))
            {
                best = candidate;
            }
        }

        return best ?? throw new ArgumentException("no class to choose from", nameof(probabilities));
    }

    // The classes candidates allows (all when null), in class order.
    private int[] Chosen(Func<string, bool>? candidates)
    {
        var chosen = new List<int>();
        for (var i = 0; i < Classes.Count; i++)
        {
            if (candidates is null || candidates(Classes[i]))
            {
                chosen.Add(i);
            }
        }

        return [.. chosen];
    }

    // The chosen classes' scores, renormalised to sum to one among them (summed in class order; left
    // as they are when they sum to zero or less). The classes are distinct (the model's key values).
    private Dictionary<string, double> Among(float[] scores, int[] chosen)
    {
        var sum = 0d;
        var scored = 0;
        foreach (var i in chosen)
        {
            if (i < scores.Length)
            {
                sum += scores[i];
                scored++;
            }
        }

        var probabilities = new Dictionary<string, double>(scored, StringComparer.Ordinal);
        foreach (var i in chosen)
        {
            if (i < scores.Length)
            {
                double score = scores[i];
                probabilities[Classes[i]] = sum <= 0 ? score : score / sum;
            }
        }

        return probabilities;
    }
}
