using Kompass.Ingest.Corpus.Content.Lexicon;

namespace Kompass.Ingest.Corpus.Content;

/// <summary>
/// The parts the strength and improvement shapes share: a qualifier that is sometimes one every
/// area uses, articles, and the "arbetet med" that some terms already say.
/// </summary>
internal static class ShapeParts
{
    // About one qualifier in three is shared by every area ("i linje med kommunens övergripande
    // mål"), as in real reports, where such phrases say nothing about the area.
    private const double SharedQualifierShare = 0.35;

    /// <summary>A qualifier of the topic, or one every area shares.</summary>
    public static string Qualifier(TopicLexicon lx, Random r)
        => r.Chance(SharedQualifierShare) ? r.Pick(CommonLexicon.SharedQualifiers) : r.Pick(lx.Qualifiers);

    /// <summary>The indefinite article of <paramref name="term"/> with a trailing space, or nothing for a plural.</summary>
    public static string Article(Term term) => term.Gender switch
    {
        Gender.Common => "en ",
        Gender.Neuter => "ett ",
        _ => string.Empty,
    };

    /// <summary>"arbetet med " before a term, except where the term says "arbete" itself ("Utveckla arbetet med kvalitetsarbete").</summary>
    public static string ArbetetMed(Term term) => term.Text.EndsWith("arbete", StringComparison.Ordinal) ? string.Empty : "arbetet med ";

    /// <summary>Another term of the topic than <paramref name="term"/>, when there is one.</summary>
    public static Term Other(TopicLexicon lx, Term term, Random r)
    {
        var others = lx.Terms.Where(t => t != term).ToList();
        return others.Count == 0 ? term : r.Pick(others);
    }
}
