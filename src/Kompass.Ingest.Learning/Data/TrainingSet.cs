namespace Kompass.Ingest.Learning.Data;

/// <summary>What the store offers the three models, with what was left out and why.</summary>
public sealed record TrainingSet(
    IReadOnlyList<DocumentSample> Documents,
    IReadOnlyList<FindingSample> Findings,
    IReadOnlyList<string> Skipped)
{
    /// <summary>The toolchain most documents were written with; the others are "second" toolchains.</summary>
    public string MainToolchain => Documents.Count == 0
        ? Toolchains.Unknown
        : Documents.GroupBy(d => d.Toolchain, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
}
