namespace Kompass.Ingest.Web.Api.Json;

/// <summary>The review queue: the flags that pass the filters, and every flag code (for the code filter).</summary>
public sealed record QueueJson(IReadOnlyList<QueueItemJson> Flags, IReadOnlyList<string> Codes);
