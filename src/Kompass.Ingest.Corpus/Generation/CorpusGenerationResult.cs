namespace Kompass.Ingest.Corpus.Generation;

/// <summary>The outcome of one generator run: a summary per family, in mix order.</summary>
public sealed record CorpusGenerationResult(IReadOnlyList<FamilySummary> Families)
{
    /// <summary>Files written into the archive.</summary>
    public int Files => Families.Sum(f => f.Files);

    /// <summary>Truth files written.</summary>
    public int Truths => Families.Sum(f => f.Truths);
}
