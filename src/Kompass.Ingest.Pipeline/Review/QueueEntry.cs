using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline.Review;

/// <summary>One flag of the review queue, with the document it is raised on and that document's municipality name.</summary>
public sealed record QueueEntry(ReviewedFlag Flag, StoredDocument Document, string? MunicipalityName);
