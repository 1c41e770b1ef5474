using System.Globalization;
using System.Text;

namespace Kompass.Ingest.Learning.Evaluation;

/// <summary>
/// Counts of (expected, predicted) class pairs, with accuracy and macro-F1 (the mean over the
/// classes that occur, expected or predicted, of each class's F1; a class never predicted and
/// never expected is left out). A missing prediction counts as the class "(none)".
/// </summary>
public sealed record ConfusionMatrix(IReadOnlyList<string> Classes, IReadOnlyList<IReadOnlyList<int>> Counts)
{
    /// <summary>The class of a missing prediction.</summary>
    public const string None = "(none)";

    /// <summary>The matrix of <paramref name="pairs"/>, classes in ordinal order.</summary>
    public static ConfusionMatrix Of(IEnumerable<(string Expected, string? Predicted)> pairs)
    {
        var list = pairs.Select(p => (p.Expected, Predicted: p.Predicted ?? None)).ToList();
        var classes = list.SelectMany(p => new[] { p.Expected, p.Predicted }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = classes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var counts = classes.Select(_ => new int[classes.Count]).ToArray();
        foreach (var (expected, predicted) in list)
        {
            counts[index[expected]][index[predicted]]++;
        }

        return new ConfusionMatrix(classes, counts.Select(r => (IReadOnlyList<int>)r).ToList());
    }

    /// <summary>How many pairs.</summary>
    public int Total => Counts.Sum(r => r.Sum());

    /// <summary>The share of pairs predicted right (0–1; 0 when empty).</summary>
    public double Accuracy => Total == 0 ? 0 : (double)Enumerable.Range(0, Classes.Count).Sum(i => Counts[i][i]) / Total;

    /// <summary>The mean F1 over the classes that occur (0–1; 0 when empty).</summary>
    public double MacroF1
    {
        get
        {
            var f1 = Enumerable.Range(0, Classes.Count)
                .Where(i => Classes[i] != None)
                .Select(i =>
                {
                    var truePositives = Counts[i][i];
                    var expected = Counts[i].Sum();
                    var predicted = Counts.Sum(r => r[i]);
                    return expected + predicted == 0 ? (double?)null : 2.0 * truePositives / (expected + predicted);
                })
                .OfType<double>()
                .ToList();
            return f1.Count == 0 ? 0 : f1.Average();
        }
    }

    /// <summary>The matrix as text: one row per expected class, one column per predicted class.</summary>
    public string ToText()
    {
        var width = Math.Max(20, Classes.Select(c => c.Length).DefaultIfEmpty(0).Max());
        var text = new StringBuilder();
        text.Append("expected \\ predicted".PadRight(width + 2));
        text.AppendJoin("  ", Classes.Select((_, i) => Column(i)));
        text.Append('\n');
        for (var r = 0; r < Classes.Count; r++)
        {
            text.Append(Classes[r].PadRight(width + 2));
            text.AppendJoin("  ", Counts[r].Select((n, i) => n.ToString(CultureInfo.InvariantCulture).PadLeft(Column(i).Length)));
            text.Append('\n');
        }

        text.Append("columns: ").AppendJoin(", ", Classes.Select((c, i) => $"{Column(i)} = {c}")).Append('\n');
        return text.ToString();
    }

    private static string Column(int i) => string.Create(CultureInfo.InvariantCulture, $"[{i + 1}]");
}
