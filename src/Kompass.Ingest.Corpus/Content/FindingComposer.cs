using Kompass.Ingest.Corpus.Content.Lexicon;

namespace Kompass.Ingest.Corpus.Content;

/// <summary>
/// Composes STYRKOR and FÖRBÄTTRINGSOMRÅDEN items from a topic's vocabulary: many sentence shapes
/// over many terms, actors, qualifiers and examples, with Swedish agreement, so that a classifier
/// trained on the corpus learns what an area is about rather than a fixed list of phrases.
/// Items run from 3 to 40 words; some end with a period, some carry parentheses and abbreviations.
/// </summary>
public static class FindingComposer
{
    /// <summary>Shortest item in words.</summary>
    public const int MinWords = 3;

    /// <summary>Longest item in words.</summary>
    public const int MaxWords = 40;

    private const int StrengthShapes = 12;
    private const int ImprovementShapes = 13;

    /// <summary><paramref name="count"/> distinct strengths about <paramref name="lexicon"/>'s topic.</summary>
    public static IReadOnlyList<string> Strengths(TopicLexicon lexicon, Random random, int count)
        => Distinct(count, () => Strength(lexicon, random));

    /// <summary><paramref name="count"/> distinct improvements about <paramref name="lexicon"/>'s topic.</summary>
    public static IReadOnlyList<string> Improvements(TopicLexicon lexicon, Random random, int count)
        => Distinct(count, () => Improvement(lexicon, random));

    /// <summary>One strength item.</summary>
    public static string Strength(TopicLexicon lexicon, Random random)
        => Bounded(() => StrengthShape(lexicon, random, random.Next(StrengthShapes)), () => StrengthShape(lexicon, random, 1), random);

    /// <summary>One improvement item.</summary>
    public static string Improvement(TopicLexicon lexicon, Random random)
        => Bounded(() => ImprovementShape(lexicon, random, random.Next(ImprovementShapes)), () => ImprovementShape(lexicon, random, 0), random);

    private static string StrengthShape(TopicLexicon lx, Random r, int shape)
    {
        var term = r.Pick(lx.Terms);
        var adjective = r.Pick(CommonLexicon.Praise).For(term.Gender);
        return shape switch
        {
            0 => $"{adjective} {term.Text}",
            1 => $"{adjective} {term.Text} {r.Pick(lx.Qualifiers)}",
            2 => $"{r.Pick(lx.Actors)} arbetar {r.Pick(CommonLexicon.Manners)} med {term.Text}",
            3 => $"{term.Text} {r.Pick(CommonLexicon.Passives)}",
            4 => $"{term.Text} {r.Pick(CommonLexicon.Passives)} {r.Pick(lx.Qualifiers)}. {r.Pick(CommonLexicon.StrengthTails)}",
            5 when term.Abbreviation is { } abbreviation => $"{term.Text} ({abbreviation}) {r.Pick(lx.Purposes)}",
            5 => $"{adjective} {term.Text} {r.Pick(lx.Purposes)}",
            6 => $"{r.Pick(lx.Actors)} har under senare år tagit fram {Article(term)}{adjective} {term.Text} {r.Pick(lx.Purposes)}",
            7 => $"Goda exempel på {term.Text} inom {r.Pick(CommonLexicon.Administrations)}, t.ex. {r.Pick(lx.Examples)}",
            8 => $"{adjective} {term.Text} {r.Pick(lx.Qualifiers)}. Ex. {r.Pick(lx.Examples)}",
            9 => $"Tydlig koppling mellan {term.Text} och {Other(lx, term, r).Text}",
            10 => $"{r.Pick(lx.Actors)} arbetar {r.Pick(CommonLexicon.Manners)} med {term.Text} {r.Pick(lx.Qualifiers)} {r.Pick(lx.Purposes)}. {r.Pick(CommonLexicon.StrengthTails)}",
            _ => $"{term.Text} ({r.Pick(lx.Examples)}) {r.Pick(CommonLexicon.Passives)}",
        };
    }

    private static string ImprovementShape(TopicLexicon lx, Random r, int shape)
    {
        var term = r.Pick(lx.Terms);
        return shape switch
        {
            0 => $"Ta fram en {r.Pick(Plans)} för {term.Text}",
            1 => $"{r.Pick(CommonLexicon.Imperatives)} {ArbetetMed(term)}{term.Text} {r.Pick(lx.Qualifiers)}",
            2 => $"{r.Pick(CommonLexicon.Continue)} {term.Text}",
            3 => $"Säkerställ att {term.Text} följs upp {r.Pick(CommonLexicon.Frequencies)} och redovisas för {r.Pick(CommonLexicon.Recipients)}",
            4 => $"Tydliggör ansvaret för {term.Text}. {r.Pick(CommonLexicon.ImprovementTails)}",
            5 => $"Se över {term.Text} så att {r.Pick(lx.Outcomes)}",
            6 => $"Överväg att införa {term.Text} {r.Pick(lx.Qualifiers)}",
            7 => $"{term.Text} bör {r.Pick(Shoulds)} {r.Pick(lx.Qualifiers)}",
            8 => $"Mer {r.Pick(CommonLexicon.Wanted).For(term.Gender)} {term.Text} {r.Pick(lx.Qualifiers)}",
            9 => $"{r.Pick(CommonLexicon.Imperatives)} {term.Text} {r.Pick(lx.Purposes)}, t.ex. genom {r.Pick(lx.Examples)}. {r.Pick(CommonLexicon.ImprovementTails)}",
            10 => $"Utifrån strategin, följ upp {term.Text}. {r.Pick(CommonLexicon.ImprovementTails)}",
            11 => $"Vad vill kommunen uppnå med {term.Text}? Formulera mål och följ upp {r.Pick(CommonLexicon.Frequencies)}.",
            _ => $"{r.Pick(CommonLexicon.Imperatives)} {term.Text} (t.ex. {r.Pick(lx.Examples)}) {r.Pick(lx.Qualifiers)} så att {r.Pick(lx.Outcomes)}",
        };
    }

    private static readonly string[] Plans = ["strategi", "plan", "gemensam policy", "handlingsplan", "tydlig målsättning"];

    private static readonly string[] Shoulds = ["följas upp", "samordnas", "utvecklas vidare", "förankras bättre", "dokumenteras"];

    // "Utveckla arbetet med kvalitetsarbete" says "arbete" twice; such terms stand alone.
    private static string ArbetetMed(Term term) => term.Text.EndsWith("arbete", StringComparison.Ordinal) ? string.Empty : "arbetet med ";

    private static string Article(Term term) => term.Gender switch
    {
        Gender.Common => "en ",
        Gender.Neuter => "ett ",
        _ => string.Empty,
    };

    private static Term Other(TopicLexicon lx, Term term, Random r)
    {
        var others = lx.Terms.Where(t => t != term).ToList();
        return others.Count == 0 ? term : r.Pick(others);
    }

    private static string Bounded(Func<string> compose, Func<string> fallback, Random random)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var text = Finish(compose(), random);
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words is >= MinWords and <= MaxWords)
            {
                return text;
            }
        }

        return Finish(fallback(), random);
    }

    // Capitalised like a line item; about one in four items that end in a word get a period.
    private static string Finish(string text, Random random)
    {
        var capitalised = char.ToUpper(text[0], System.Globalization.CultureInfo.GetCultureInfo("sv-SE")) + text[1..];
        var endsInWord = char.IsLetterOrDigit(capitalised[^1]) || capitalised[^1] == ')';
        return endsInWord && random.Chance(0.25) ? capitalised + "." : capitalised;
    }

    private static IReadOnlyList<string> Distinct(int count, Func<string> next)
    {
        var items = new List<string>();
        for (var attempt = 0; items.Count < count && attempt < count * 10; attempt++)
        {
            var item = next();
            if (!items.Contains(item, StringComparer.Ordinal))
            {
                items.Add(item);
            }
        }

        return items;
    }
}
