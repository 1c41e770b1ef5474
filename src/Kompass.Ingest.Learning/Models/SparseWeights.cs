using Microsoft.ML.Data;

namespace Kompass.Ingest.Learning.Models;

/// <summary>
/// The weights of a maximum-entropy model kept by feature, each feature's nonzero weights only
/// (class and weight, in class order). SDCA leaves almost every weight zero: of the shipped
/// models' weights, under 1 % of the theme model's (about two classes of 91 per feature) and under
/// 4 % of the placement model's are not, and most features have none. A dense row per feature made
/// a prediction multiply and add every one of those zeros. Skipping them changes no logit: adding
/// <c>0 × value</c> (a finite value) leaves a sum as it is, but for the sign of a zero, which the
/// softmax cannot tell apart. Immutable and thread-safe.
/// </summary>
internal sealed class SparseWeights
{
    // Feature f's weights are _classes[_starts[f].._starts[f + 1]] and the same range of _values.
    private readonly int[] _starts;
    private readonly int[] _classes;
    private readonly float[] _values;

    private SparseWeights(int[] starts, int[] classes, float[] values)
    {
        _starts = starts;
        _classes = classes;
        _values = values;
    }

    /// <summary>The nonzero weights of <paramref name="weights"/> (one vector per class, each of <paramref name="featureCount"/> features).</summary>
    public static SparseWeights From(VBuffer<float>[] weights, int featureCount)
    {
        var byFeature = new List<(int Class, float Value)>[featureCount];
        for (var c = 0; c < weights.Length; c++)
        {
            var values = weights[c].GetValues();
            var indices = weights[c].GetIndices();
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] != 0f)
                {
                    var feature = weights[c].IsDense ? i : indices[i];
                    (byFeature[feature] ??= []).Add((c, values[i]));
                }
            }
        }

        var starts = new int[featureCount + 1];
        var classes = new List<int>();
        var nonzero = new List<float>();
        for (var f = 0; f < featureCount; f++)
        {
            starts[f] = classes.Count;
            foreach (var (c, value) in byFeature[f] ?? [])
            {
                classes.Add(c);
                nonzero.Add(value);
            }
        }

        starts[featureCount] = classes.Count;
        return new SparseWeights(starts, [.. classes], [.. nonzero]);
    }

    /// <summary>
    /// logits[c] += weight(feature, c) × value for every class whose weight is not zero, widened to
    /// double as the dense sum was (each class's terms still come in the callers' feature order).
    /// </summary>
    public void AddTo(Span<double> logits, int feature, float value)
    {
        for (var k = _starts[feature]; k < _starts[feature + 1]; k++)
        {
            logits[_classes[k]] += (double)_values[k] * value;
        }
    }
}
