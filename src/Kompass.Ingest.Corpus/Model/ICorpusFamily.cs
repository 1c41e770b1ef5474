namespace Kompass.Ingest.Corpus.Model;

/// <summary>
/// One layout family of the sample archive (an era of analyses, the PM memo, related documents,
/// bad files …). Deterministic: the same <see cref="CorpusContext"/> gives the same bytes.
/// </summary>
public interface ICorpusFamily
{
    /// <summary>The family name written into truth files and reported by eval ("analysis-2014").</summary>
    string Name { get; }

    /// <summary>Writes <paramref name="count"/> documents of this family.</summary>
    IEnumerable<CorpusItem> Generate(CorpusContext context, int count);
}
