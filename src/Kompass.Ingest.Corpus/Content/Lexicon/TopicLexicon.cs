namespace Kompass.Ingest.Corpus.Content.Lexicon;

/// <summary>
/// The vocabulary of one topic that findings and ALLMÄNT paragraphs are composed from. Every list
/// is specific to the topic, so a composed item reads as belonging to its area; the words every
/// area shares ("strategi", "uppföljning", "mål", "samverkan") are in <see cref="CommonLexicon"/>,
/// so that no single one of them decides an area.
/// </summary>
public sealed record TopicLexicon
{
    /// <summary>The topic.</summary>
    public required Topic Topic { get; init; }

    /// <summary>What findings are about ("medborgardialog").</summary>
    public required IReadOnlyList<Term> Terms { get; init; }

    /// <summary>
    /// What the area's work consists of, as infinitive phrases that name no stock term ("låta
    /// invånarna tycka till innan nämnden fattar beslut"): a model that only knows the terms
    /// cannot place them, one that learned what the area is about can.
    /// </summary>
    public required IReadOnlyList<string> Activities { get; init; }

    /// <summary>Who acts, capitalised as a sentence start ("Kommunikationsavdelningen").</summary>
    public required IReadOnlyList<string> Actors { get; init; }

    /// <summary>Phrases that narrow a finding down ("på kommunens webbplats").</summary>
    public required IReadOnlyList<string> Qualifiers { get; init; }

    /// <summary>Concrete examples for "t.ex." and "Ex." ("boendeseminarier").</summary>
    public required IReadOnlyList<string> Examples { get; init; }

    /// <summary>Purpose clauses ("för att öka invånarnas delaktighet").</summary>
    public required IReadOnlyList<string> Purposes { get; init; }

    /// <summary>Clauses after "så att" ("invånarna kan följa beslutsprocessen").</summary>
    public required IReadOnlyList<string> Outcomes { get; init; }

    /// <summary>Sentences for the ALLMÄNT paragraph, in a sensible reading order.</summary>
    public required IReadOnlyList<string> General { get; init; }
}
