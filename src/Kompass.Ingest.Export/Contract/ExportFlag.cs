namespace Kompass.Ingest.Export.Contract;

/// <summary>One flag in the export contract; severity and status as the contract spells them.</summary>
public sealed record ExportFlag(string Code, string Severity, int? Area, string? Question, string Message, string Status);
