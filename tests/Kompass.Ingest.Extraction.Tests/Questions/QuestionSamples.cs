namespace Kompass.Ingest.Extraction.Tests.Questions;

/// <summary>Question rows from the seed report (2016 set), with text wrapped over one to three lines.</summary>
internal static class QuestionSamples
{
    public static readonly QuestionSpec[] Area2 =
    [
        new("2.1", ["Finns det en kommunövergripande strategi för", "brukarfokus?"], "11", "15", "70%"),
        new("2.2", ["Hur arbetar kommunen med tillgänglighet och", "bemötande?"], "15", "25", "61%"),
        new("2.3", ["Hur informerar kommunen om service och tjänster?"], "15", "20", "74%"),
        new("2.4", ["Hur arbetar kommunen med", "brukarundersökningar och hur", "används resultaten?"], "15", "20", "75%"),
        new("2.5", ["Hur arbetar kommunen med att förtydliga tjänsternas", "innehåll samt synpunktshantering?"], "9", "20", "45%"),
    ];

    public static readonly string[] Area2Total = ["65", "100", "65%"];

    public static readonly QuestionSpec[] Area1 =
    [
        new("1.1", ["Finns en plan/strategi för demokratiutveckling", "och information?"], "10", "15", "65%"),
        new("1.2", ["Informeras invånarna om aktuella frågor i politiken?"], "15", "20", "77%"),
        new("1.3", ["Informeras invånare om resultat?"], "20", "25", "80%"),
        new("1.4", ["Främjas invånardialog och deltagande?"], "19", "30", "64%"),
        new("1.5", ["Etik - Hur skapas tillit genom hög etisk", "standard?"], "7", "10", "68%"),
    ];

    public static readonly string[] Area1Total = ["71", "100", "71%"];

    /// <summary>2002-style rows: half points with a decimal comma, no percent.</summary>
    public static readonly QuestionSpec[] HalfPoints =
    [
        new("3.1", ["Finns tydliga och mätbara politiska mål?"], "17,5", "25", null),
        new("3.2", ["Finns ett sammanhållet system för styrning?"], "12,5", "20", null),
        new("3.3", ["Rapporteras resultat regelbundet till de", "förtroendevalda?"], "19", "20", null),
        new("3.4", ["Är rollfördelningen mellan politiker och", "tjänstemän tydlig?"], "17", "20", null),
        new("3.5", ["Hur används revisionens iakttagelser?"], "11,5", "15", null),
    ];
}
