using Kompass.Ingest.Pipeline;

namespace Kompass.Ingest.Cli.Bench;

/// <summary>
/// One readable PDF of the source folder: its path relative to that folder (forward slashes), its
/// bytes, and what ingest extracts from it (a synthetic copy differs only after <c>%%EOF</c>, so
/// it extracts the same).
/// </summary>
public sealed record BenchSource(string RelativePath, byte[] Bytes, ExtractionResult Extraction);
