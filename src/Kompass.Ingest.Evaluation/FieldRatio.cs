namespace Kompass.Ingest.Evaluation;

/// <summary>The accuracy of one metadata field (named as the export contract names it).</summary>
public sealed record FieldRatio(string Field, Ratio Ratio);
