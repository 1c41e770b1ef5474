namespace Kompass.Ingest.Storage;

/// <summary>What is known when a run begins: the folder given to ingest and the versions running.</summary>
public sealed record RunStart(string Root, DateTimeOffset StartedAt, string ExtractorVersion, string PipelineVersion);
