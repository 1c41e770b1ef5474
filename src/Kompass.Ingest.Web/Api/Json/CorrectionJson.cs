namespace Kompass.Ingest.Web.Api.Json;

/// <summary>What a correction did: the field and values stored, the flags it resolved, and any it raised.</summary>
public sealed record CorrectionJson(string Field, string? OldValue, string? NewValue, IReadOnlyList<FlagJson> Resolved, IReadOnlyList<FlagJson> Raised);
