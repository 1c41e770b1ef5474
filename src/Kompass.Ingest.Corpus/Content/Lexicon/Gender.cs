namespace Kompass.Ingest.Corpus.Content.Lexicon;

/// <summary>The agreement class of a Swedish noun phrase: which article and adjective form it takes.</summary>
public enum Gender
{
    /// <summary>An en-word: "en tydlig strategi".</summary>
    Common,

    /// <summary>An ett-word: "ett tydligt uppdrag".</summary>
    Neuter,

    /// <summary>A plural: "tydliga mål".</summary>
    Plural,
}
