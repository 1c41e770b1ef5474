using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Corpus.Model;

/// <summary>
/// One file a family writes into the sample archive: its path relative to the archive root
/// (forward slashes), its bytes, and its truth. <see cref="Truth"/> is null for files that are
/// not documents (a stray .docx or Thumbs.db): ingest counts and lists them but stores nothing.
/// The generator fills in the truth's <c>sha256</c> and <c>path</c> from the bytes and path.
/// </summary>
public sealed record CorpusItem(string RelativePath, byte[] Bytes, TruthDocument? Truth)
{
    /// <summary>What was made inconsistent on purpose, one line each (from <c>PrintedReport.Injected</c>); empty for clean files.</summary>
    public IReadOnlyList<string> Injected { get; init; } = [];
}
