using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Families.Unscored;

/// <summary>
/// The preliminary interview schedule of a memo: times in one column, who is interviewed in the
/// other, one block per visit day. Its times and dates are numbers a careless parser may take
/// for scores or for the evaluation date.
/// </summary>
public static class InterviewSchedule
{
    private static readonly string[][] Days =
    [
        [
            "08.30–09.30|Kommunstyrelsens ordförande och oppositionsråd", "09.45–10.45|Kommundirektör",
            "11.00–12.00|Ekonomichef och controller", "13.00–14.00|Förvaltningschefer",
            "14.15–15.15|Personalchef och HR-strateg", "15.30–16.30|Fackliga företrädare",
        ],
        [
            "08.30–09.30|Kommunikationschef", "09.45–10.45|Enhetschefer inom vård och omsorg",
            "11.00–12.00|Rektorer och förskolechefer", "13.00–14.00|Kvalitetsstrateg och utvecklare",
            "14.15–15.00|Näringslivschef", "15.15–16.00|Avslutande återkoppling till kommunledningen",
        ],
        [
            "08.30–09.30|Samhällsbyggnadschef", "09.45–10.45|Ordförande i nämnderna",
            "11.00–12.00|Medarbetare från olika verksamheter",
        ],
    ];

    /// <summary>Writes the schedule for the days from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static void Write(FlowWriter flow, MemoStyle style, DateOnly first, DateOnly last)
    {
        flow.Heading("Preliminärt intervjuschema", style.Heading3, spaceBefore: 4, spaceAfter: 2, keepWithNext: 60);
        var day = 0;
        for (var date = first; date <= last && day < Days.Length; date = date.AddDays(1), day++)
        {
            flow.Heading($"Dag {day + 1}, {SwedishDates.Weekday(date)} {SwedishDates.Long(date)}", style.Body.AsBold(), spaceBefore: 4, spaceAfter: 1, keepWithNext: 30);
            foreach (var row in Days[day])
            {
                var parts = row.Split('|');
                flow.EnsureSpace(FlowWriter.LineHeight(style.Body));
                flow.Y += style.Body.Size;
                flow.Canvas.Text(flow.Left + 8, flow.Y, parts[0], style.Body);
                flow.Canvas.Text(flow.Left + 100, flow.Y, parts[1], style.Body);
                flow.Y += FlowWriter.LineHeight(style.Body) - style.Body.Size;
            }
        }

        flow.Space(8);
    }
}
