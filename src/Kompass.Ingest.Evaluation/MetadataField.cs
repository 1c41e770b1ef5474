using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Evaluation;

/// <summary>
/// One scored metadata field: its contract name and the comparable, printable form of its value
/// (strings whitespace-collapsed, numbers in invariant form without trailing zeros; null when absent).
/// </summary>
public sealed record MetadataField(string Name, Func<ExportDocument, string?> Key);
