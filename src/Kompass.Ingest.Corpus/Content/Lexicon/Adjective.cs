namespace Kompass.Ingest.Corpus.Content.Lexicon;

/// <summary>A Swedish adjective in its three indefinite forms: "tydlig", "tydligt", "tydliga".</summary>
public sealed record Adjective(string Common, string Neuter, string Plural)
{
    /// <summary>The form that agrees with <paramref name="gender"/>.</summary>
    public string For(Gender gender) => gender switch
    {
        Gender.Common => Common,
        Gender.Neuter => Neuter,
        _ => Plural,
    };
}
