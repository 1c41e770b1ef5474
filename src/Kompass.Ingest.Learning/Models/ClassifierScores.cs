namespace Kompass.Ingest.Learning.Models;

/// <summary>The model's output as ML.NET writes it: one probability per class, in the model's class order.</summary>
internal sealed class ClassifierScores
{
    /// <summary>The probabilities (summing to 1).</summary>
    public float[] Score { get; set; } = [];
}
