using Kompass.Ingest.Corpus.Content.Lexicon;

namespace Kompass.Ingest.Corpus.Content;

/// <summary>
/// The sentence shapes of a strength. Half name one of the topic's terms; the rest describe an
/// activity of the topic without one (<see cref="TopicLexicon.Activities"/>), often wrapped in the
/// words every area shares ("Det finns en strategi för att …", "Samverkan mellan förvaltningarna
/// för att …"), so that the words that place an item are spread over the whole of it.
/// </summary>
internal static class StrengthShapes
{
    /// <summary>How many shapes there are.</summary>
    public const int Count = 20;

    private static readonly string[] StrategyAdjectives = ["tydlig", "genomarbetad", "väl förankrad", "kommunövergripande", "antagen", "gemensam"];

    /// <summary>Strength shape <paramref name="shape"/> (0 to <see cref="Count"/> - 1).</summary>
    public static string Compose(TopicLexicon lx, Random r, int shape)
    {
        var term = r.Pick(lx.Terms);
        var adjective = r.Pick(CommonLexicon.Praise).For(term.Gender);
        var activity = r.Pick(lx.Activities);
        return shape switch
        {
            0 => $"{adjective} {term.Text}",
            1 => $"{adjective} {term.Text} {ShapeParts.Qualifier(lx, r)}",
            2 => $"{r.Pick(lx.Actors)} arbetar {r.Pick(CommonLexicon.Manners)} med {term.Text}",
            3 => $"{term.Text} {r.Pick(CommonLexicon.Passives)}",
            4 => $"{term.Text} {r.Pick(CommonLexicon.Passives)} {ShapeParts.Qualifier(lx, r)}. {r.Pick(CommonLexicon.StrengthTails)}",
            5 when term.Abbreviation is { } abbreviation => $"{term.Text} ({abbreviation}) {r.Pick(lx.Purposes)}",
            5 => $"{adjective} {term.Text} {r.Pick(lx.Purposes)}",
            6 => $"{r.Pick(lx.Actors)} har under senare år tagit fram {ShapeParts.Article(term)}{adjective} {term.Text} {r.Pick(lx.Purposes)}",
            7 => $"Flera exempel på {term.Text} inom {r.Pick(CommonLexicon.Administrations)}, t.ex. {r.Pick(lx.Examples)}",
            8 => $"{adjective} {term.Text} {ShapeParts.Qualifier(lx, r)}. Ex. {r.Pick(lx.Examples)}",
            9 => $"{r.Pick(CommonLexicon.SharedNouns)} kring {term.Text} hänger ihop med {ShapeParts.Other(lx, term, r).Text}",
            10 => $"{r.Pick(lx.Actors)} arbetar {r.Pick(CommonLexicon.Manners)} med {term.Text} {ShapeParts.Qualifier(lx, r)} {r.Pick(lx.Purposes)}. {r.Pick(CommonLexicon.StrengthTails)}",
            11 => $"{term.Text} ({r.Pick(lx.Examples)}) {r.Pick(CommonLexicon.Passives)}",
            12 => $"{r.Pick(lx.Actors)} {r.Pick(CommonLexicon.StrengthFrames)} {activity}",
            13 => $"{r.Pick(CommonLexicon.StrengthFrames)} {activity} {ShapeParts.Qualifier(lx, r)}",
            14 => $"Det finns en {r.Pick(StrategyAdjectives)} strategi för att {activity}, och den följs upp {r.Pick(CommonLexicon.Frequencies)}",
            15 => $"Förmågan att {activity} är god. {r.Pick(CommonLexicon.StrengthTails)}",
            16 => $"Samverkan {r.Pick(CommonLexicon.Partners)} för att {activity}",
            17 => $"{r.Pick(lx.Actors)} {r.Pick(CommonLexicon.StrengthFrames)} {activity} {r.Pick(lx.Purposes)}",
            18 => $"Man har tydliga mål för hur man ska {activity}, t.ex. {r.Pick(lx.Examples)}",
            _ => $"{r.Pick(CommonLexicon.StrengthFrames)} {activity}. {r.Pick(CommonLexicon.StrengthTails)}",
        };
    }
}
