using Kompass.Ingest.Corpus.Content.Lexicon;

namespace Kompass.Ingest.Corpus.Content;

/// <summary>
/// The sentence shapes of an improvement: imperatives and "bör" over a term of the topic, or over
/// an activity of it that names no term (<see cref="TopicLexicon.Activities"/>), with the goal,
/// strategy and follow-up words every area's improvements share.
/// </summary>
internal static class ImprovementShapes
{
    /// <summary>How many shapes there are.</summary>
    public const int Count = 20;

    private static readonly string[] Plans = ["strategi", "plan", "gemensam policy", "handlingsplan", "tydlig målsättning", "riktlinje", "rutin"];

    private static readonly string[] PlanVerbs = ["Ta fram", "Arbeta fram", "Formulera", "Anta", "Besluta om"];

    private static readonly string[] Shoulds = ["följas upp", "samordnas", "utvecklas vidare", "förankras bättre", "dokumenteras", "kopplas till målen", "utvärderas"];

    /// <summary>Improvement shape <paramref name="shape"/> (0 to <see cref="Count"/> - 1).</summary>
    public static string Compose(TopicLexicon lx, Random r, int shape)
    {
        var term = r.Pick(lx.Terms);
        var activity = r.Pick(lx.Activities);
        return shape switch
        {
            0 => $"{r.Pick(PlanVerbs)} en {r.Pick(Plans)} för {term.Text}",
            1 => $"{r.Pick(CommonLexicon.Imperatives)} {ShapeParts.ArbetetMed(term)}{term.Text} {ShapeParts.Qualifier(lx, r)}",
            2 => $"{r.Pick(CommonLexicon.Continue)} {term.Text}",
            3 => $"Säkerställ att {term.Text} följs upp {r.Pick(CommonLexicon.Frequencies)} och redovisas för {r.Pick(CommonLexicon.Recipients)}",
            4 => $"Tydliggör ansvaret för {term.Text}. {r.Pick(CommonLexicon.ImprovementTails)}",
            5 => $"Se över {term.Text} så att {r.Pick(lx.Outcomes)}",
            6 => $"Överväg att införa {term.Text} {ShapeParts.Qualifier(lx, r)}",
            7 => $"{term.Text} bör {r.Pick(Shoulds)} {ShapeParts.Qualifier(lx, r)}",
            8 => $"Mer {r.Pick(CommonLexicon.Wanted).For(term.Gender)} {term.Text} {ShapeParts.Qualifier(lx, r)}",
            9 => $"{r.Pick(CommonLexicon.Imperatives)} {term.Text} {r.Pick(lx.Purposes)}, t.ex. genom {r.Pick(lx.Examples)}. {r.Pick(CommonLexicon.ImprovementTails)}",
            10 => $"Formulera mätbara mål för {term.Text} och följ upp dem {r.Pick(CommonLexicon.Frequencies)}",
            11 => $"Vad är syftet med {term.Text}? Sätt upp mål och redovisa utfallet för {r.Pick(CommonLexicon.Recipients)}.",
            12 => $"{r.Pick(CommonLexicon.Imperatives)} {term.Text} (t.ex. {r.Pick(lx.Examples)}) {ShapeParts.Qualifier(lx, r)} så att {r.Pick(lx.Outcomes)}",
            13 => $"{r.Pick(CommonLexicon.ImprovementFrames)} {activity}",
            14 => $"{r.Pick(lx.Actors)} bör {activity} {ShapeParts.Qualifier(lx, r)}",
            15 => $"{r.Pick(CommonLexicon.ImprovementFrames)} {activity} {r.Pick(lx.Purposes)}",
            16 => $"{r.Pick(CommonLexicon.ImprovementFrames)} {activity}. {r.Pick(CommonLexicon.ImprovementTails)}",
            17 => $"Ta fram mål och en plan för uppföljning av hur kommunen ska {activity}",
            18 => $"{r.Pick(CommonLexicon.Imperatives)} samverkan {r.Pick(CommonLexicon.Partners)} för att {activity}",
            _ => $"Det saknas en gemensam strategi för att {activity}. {r.Pick(CommonLexicon.ImprovementTails)}",
        };
    }
}
