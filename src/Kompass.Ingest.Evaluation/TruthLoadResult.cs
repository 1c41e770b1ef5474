using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Evaluation;

/// <summary>The truths read from a truth folder, and one line per file that could not be read.</summary>
public sealed record TruthLoadResult(IReadOnlyList<TruthDocument> Truths, IReadOnlyList<string> Problems);
