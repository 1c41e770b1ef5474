namespace Kompass.Ingest.Export.Contract;

/// <summary>The top-level object of a <c>kompass-export/1</c> file.</summary>
public sealed record ExportFile(string Schema, string GeneratedAt, IReadOnlyList<ExportDocument> Documents)
{
    /// <summary>The schema name this contract version writes.</summary>
    public const string SchemaName = "kompass-export/1";
}
