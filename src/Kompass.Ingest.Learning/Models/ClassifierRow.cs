namespace Kompass.Ingest.Learning.Models;

/// <summary>
/// One row as ML.NET reads it: a label, a text and a fixed number of numeric features. ML.NET
/// builds its schema from settable properties, hence a mutable class rather than a record.
/// </summary>
internal sealed class ClassifierRow
{
    /// <summary>The class (empty when predicting).</summary>
    public string Label { get; set; } = string.Empty;

    /// <summary>The text the model reads.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>How much the row counts in training (1 when predicting).</summary>
    public float Weight { get; set; } = 1f;

    /// <summary>Numeric features, each scaled to about 0–1; as many as the model was trained with.</summary>
    public float[] Numbers { get; set; } = [];
}
