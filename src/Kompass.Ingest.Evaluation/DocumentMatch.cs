using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Evaluation;

/// <summary>A truth and the exported document it is compared with (null when none was exported).</summary>
public sealed record DocumentMatch(TruthDocument Truth, ExportDocument? Exported);
