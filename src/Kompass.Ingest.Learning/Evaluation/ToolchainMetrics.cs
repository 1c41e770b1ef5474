namespace Kompass.Ingest.Learning.Evaluation;

/// <summary>The models' figures over the documents of some toolchains (each document held out once).</summary>
public sealed record ToolchainMetrics(
    IReadOnlyList<string> Toolchains,
    int Documents,
    int DocumentTypesRight,
    int Findings,
    int PlacementsRight,
    int ThemedFindings,
    int ThemesRight);
