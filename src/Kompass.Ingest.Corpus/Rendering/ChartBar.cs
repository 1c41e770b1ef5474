namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>One bar of a chart: its label (may be empty) and its value on a 0–100 scale.</summary>
public sealed record ChartBar(string Label, decimal Value);
