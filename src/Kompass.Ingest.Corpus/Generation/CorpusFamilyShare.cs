using Kompass.Ingest.Corpus.Model;

namespace Kompass.Ingest.Corpus.Generation;

/// <summary>A family and its weight in the sample mix (documents it gets in an 80-document archive, roughly).</summary>
public sealed record CorpusFamilyShare(ICorpusFamily Family, int Weight);
