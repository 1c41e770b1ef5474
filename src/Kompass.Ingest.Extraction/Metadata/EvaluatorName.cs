namespace Kompass.Ingest.Extraction.Metadata;

/// <summary>One evaluator's name as printed and where it stands in the parsed text.</summary>
public sealed record EvaluatorName(string Name, int Start, int Length);
