namespace Kompass.Ingest.Export.Contract;

/// <summary>A flag a truth file expects; matched against an exported flag by code, area and question.</summary>
public sealed record ExpectedFlag(string Code, int? Area, string? Question);
