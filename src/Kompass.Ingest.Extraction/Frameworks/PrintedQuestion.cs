namespace Kompass.Ingest.Extraction.Frameworks;

/// <summary>A question id and its printed max, as read from a question table.</summary>
public sealed record PrintedQuestion(string Id, decimal Max);
