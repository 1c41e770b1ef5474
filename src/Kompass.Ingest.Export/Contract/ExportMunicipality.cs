namespace Kompass.Ingest.Export.Contract;

/// <summary>The contract's municipality object: short official name, SCB code, kind ("kommun"/"region").</summary>
public sealed record ExportMunicipality(string Name, string? Code, string Kind);
