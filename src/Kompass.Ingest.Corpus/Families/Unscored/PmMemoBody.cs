using System.Globalization;
using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Families.Unscored;

/// <summary>
/// The text of a PM memo: purpose, method, the eight areas by name, the main questions per area
/// ("Område 1 …" headings and "1.1 …" items, but no scores), practical arrangements and evaluators.
/// </summary>
public static class PmMemoBody
{
    private static readonly string[] Documents =
    [
        "Vision, övergripande mål och styrmodell", "Budget och verksamhetsplan", "Senaste årsredovisningen",
        "Personalpolitiskt program eller personalpolicy", "Kvalitetspolicy och exempel på kvalitetsdeklarationer",
        "Resultat från medborgar-, brukar- och medarbetarundersökningar", "Delegationsordning",
    ];

    /// <summary>Writes the body from the title on.</summary>
    public static void Write(FlowWriter flow, PmMemo memo)
    {
        var s = memo.Style;
        flow.Heading(memo.Title, s.Heading1, spaceBefore: 0, spaceAfter: 12);
        flow.Heading("Bakgrund och syfte", s.Heading2);
        flow.Paragraph($"{memo.PrintedName} har beslutat att låta utvärdera sin organisation enligt Kommunkompassen. Sveriges Kommuner och Landsting (SKL) genomför utvärderingen på uppdrag av kommunen. Denna promemoria beskriver syftet med utvärderingen, hur den går till och vad kommunen behöver förbereda.", s.Body);
        flow.Paragraph("Syftet är att ge kommunen en extern bedömning av hur organisationen styrs och leds och att peka ut styrkor och förbättringsområden som underlag för det fortsatta utvecklingsarbetet. Kommunkompassen utvärderar inte verksamhetens resultat utan sättet att leda den och sättet att samspela i organisationen.", s.Body);

        flow.Heading("Metod", s.Heading2);
        flow.Paragraph("Utvärderingen bygger på information från tre källor:", s.Body, spaceAfter: 3);
        flow.Bullet($"Intervjuer med politiker, ledande tjänstemän, chefer, stödfunktioner och fackliga företrädare, sammanlagt cirka {memo.InterviewCount.ToString(CultureInfo.InvariantCulture)} personer", s.Body, "•");
        flow.Bullet("Dokumentstudier av styrdokument, budget, årsredovisning och uppföljningsrapporter", s.Body, "•");
        flow.Bullet("Granskning av kommunens webbsida och, om möjligt, intranät", s.Body, "•", spaceAfter: 6);
        flow.Paragraph("Bedömningen görs inom åtta huvudområden. Varje område kan ge högst 100 poäng, sammanlagt 800 poäng. Resultatet redovisas i en rapport med en poängbedömning och en kvalitativ beskrivning av kommunens styrkor och förbättringsområden.", s.Body);

        flow.Heading("Kommunkompassens åtta områden", s.Heading2);
        foreach (var area in memo.Areas)
        {
            flow.Bullet(area.Name, s.Body, area.Number.ToString(CultureInfo.InvariantCulture) + ".", spaceAfter: 1);
        }

        flow.Space(6);
        WriteQuestions(flow, memo);
        WriteArrangements(flow, memo);
    }

    private static void WriteQuestions(FlowWriter flow, PmMemo memo)
    {
        var s = memo.Style;
        flow.Heading("Huvudfrågor inom respektive område", s.Heading2);
        flow.Paragraph("Intervjuerna utgår från följande huvudfrågor. Frågorna är desamma för alla kommuner som utvärderas, vilket gör resultaten jämförbara.", s.Body);
        foreach (var area in memo.Areas)
        {
            flow.Heading($"Område {area.Number.ToString(CultureInfo.InvariantCulture)} {area.Name}", s.Heading3, spaceBefore: 6, spaceAfter: 2, keepWithNext: 30);
            foreach (var question in memo.Questions.Where(q => q.Area == area.Number))
            {
                flow.Bullet(question.Text, s.Body, memo.NumberedQuestions ? question.Id : "–", hang: memo.NumberedQuestions ? 24 : 14, spaceAfter: 1);
            }
        }
    }

    private static void WriteArrangements(FlowWriter flow, PmMemo memo)
    {
        var s = memo.Style;
        flow.Heading("Praktiska arrangemang", s.Heading2);
        var year = memo.Year?.ToString(CultureInfo.InvariantCulture) ?? "20xx";
        if (memo.VisitDays is var (first, last))
        {
            flow.Paragraph($"Utvärderingen genomförs i {SwedishDates.Month(first.Month)} {year}. Platsbesöket äger rum {SwedishDates.Weekday(first)}–{SwedishDates.Weekday(last)} den {SwedishDates.Span(first, last)}.", s.Body);
            InterviewSchedule.Write(flow, s, first, last);
        }
        else
        {
            var when = memo.IsTemplate ? "i xxxxx 20xx" : $"under {memo.Season} {year}";
            flow.Paragraph($"Utvärderingen genomförs {when}. Tidpunkten för platsbesöket bestäms i samråd med kommunens kontaktperson.", s.Body);
        }

        flow.Paragraph("Kommunen ombeds utse en kontaktperson som bokar intervjuerna och senast tre veckor före platsbesöket skickar följande dokument till utvärderarna:", s.Body, spaceAfter: 3);
        foreach (var document in Documents)
        {
            flow.Bullet(document, s.Body, "•", spaceAfter: 1);
        }

        flow.Space(6);
        flow.Heading("Rapport", s.Heading2);
        flow.Paragraph("Utvärderarna ger en muntlig återkoppling i slutet av platsbesöket. Den skriftliga rapporten lämnas cirka sex veckor efter besöket och presenteras för kommunledningen.", s.Body);
        flow.Heading("Utvärderare", s.Heading2);
        if (memo.IsTemplate)
        {
            flow.Paragraph("Utvärderare: NN, SKL och NN, xxxxx kommun.", s.Body);
        }
        else if (memo.Evaluators.Count > 0)
        {
            flow.Paragraph("Utvärderare: " + Evaluators.Sentence(memo.Evaluators) + ".", s.Body);
            flow.Paragraph($"Frågor om utvärderingen besvaras av {memo.Evaluators[0].Name}.", s.Body);
        }
        else
        {
            flow.Paragraph("Utvärderingen genomförs av två utvärderare från SKL. Deras namn meddelas när platsbesöket är bokat.", s.Body);
        }
    }
}
