namespace Kompass.Ingest.Corpus.Generation;

/// <summary>What the generator wrote for one family: files, truth files, files with planted inconsistencies, truths expecting flags, bytes.</summary>
public sealed record FamilySummary(string Family, int Files, int Truths, int Injected, int Flagged, long Bytes);
