namespace Kompass.Ingest.Evaluation;

/// <summary>One figure that enters the summary (0–1), null when it has no denominator and is left out.</summary>
public sealed record SummaryTerm(string Name, double? Value);
