namespace Kompass.Ingest.Pipeline;

/// <summary>Which values an export shows.</summary>
public enum ExportValues
{
    /// <summary>What was extracted with every reviewer correction applied (the contract's default).</summary>
    Effective,

    /// <summary>The values as extracted (<c>--raw</c>).</summary>
    Raw,
}
