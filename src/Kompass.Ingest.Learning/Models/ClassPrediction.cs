namespace Kompass.Ingest.Learning.Models;

/// <summary>A class a model chose among the candidates asked about, with its probability among them (0–1).</summary>
public sealed record ClassPrediction(string Label, double Probability);
