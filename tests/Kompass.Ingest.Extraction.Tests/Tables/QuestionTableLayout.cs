using Kompass.Ingest.TestKit.Layout;

namespace Kompass.Ingest.Extraction.Tests.Tables;

/// <summary>
/// Writes a question table like the seed report's "Översikt av poängfördelning": a heading line
/// (area name, "Uppnått", "Max", "Procent"), question rows whose text wraps over one to three lines,
/// right-aligned numbers top-aligned or vertically centred on the row, and a total row without id.
/// Words are written texts first and numbers last, the jumbled order the seed's text layer shows.
/// </summary>
internal static class QuestionTableLayout
{
    public const double Size = 10;
    public const double Pitch = 12;
    public const double IdX = 57;
    public const double InlineTextX = 75;
    public const double SeparateTextX = 90;
    public static readonly double[] NumberRights = [400, 450, 510];

    public static readonly Question[] Area2 =
    [
        new("2.1", ["Finns det en kommunövergripande strategi för", "brukarfokus?"], "11", "15", "70%"),
        new("2.2", ["Hur arbetar kommunen med tillgänglighet och", "bemötande?"], "15", "25", "61%"),
        new("2.3", ["Hur informerar kommunen om service och tjänster?"], "15", "20", "74%"),
        new("2.4", ["Hur arbetar kommunen med", "brukarundersökningar och hur används", "resultaten?"], "15", "20", "75%"),
        new("2.5", ["Hur arbetar kommunen med att förtydliga tjänsternas", "innehåll samt synpunktshantering?"], "9", "20", "45%"),
    ];

    public static readonly Question[] Area1 =
    [
        new("1.1", ["Finns en plan/strategi för demokratiutveckling", "och information?"], "10", "15", "65%"),
        new("1.2", ["Informeras invånarna om aktuella frågor i politiken?"], "15", "20", "77%"),
        new("1.3", ["Informeras invånare om resultat?"], "20", "25", "80%"),
    ];

    /// <summary>Writes the table with its heading baseline at <paramref name="top"/>; returns the baseline below the total row.</summary>
    public static double Write(
        PageBuilder page, double top, string heading, IReadOnlyList<Question> questions, string[] total, bool centred, bool idColumn,
        bool centredIds = false, double rowPadding = 0, bool bottom = false, bool flushContinuations = false)
    {
        var numbers = new List<(string Text, double Right, double Baseline)>();
        page.Text(heading, IdX, top, Size, bold: true);
        var labels = new[] { "Uppnått", "Max", "Procent" };
        for (var k = 0; k < labels.Length; k++)
        {
            page.Text(labels[k], NumberRights[k] - PageBuilder.WidthOf(labels[k], Size), top, Size, bold: true);
        }

        var baseline = top - Pitch;
        var textX = idColumn ? SeparateTextX : InlineTextX;
        foreach (var question in questions)
        {
            var lastLine = baseline - ((question.Lines.Length - 1) * Pitch);
            var numberBaseline = bottom ? lastLine : centred ? (baseline + lastLine) / 2 : baseline;
            page.Text(question.Id, IdX, centredIds ? numberBaseline : baseline, Size);
            for (var line = 0; line < question.Lines.Length; line++)
            {
                var x = flushContinuations && line > 0 ? IdX : textX;
                page.Text(question.Lines[line], x, baseline - (line * Pitch), Size);
            }

            string[] values = [question.Score, question.Max, question.Percent];
            for (var k = 0; k < values.Length; k++)
            {
                numbers.Add((values[k], NumberRights[k], numberBaseline));
            }

            baseline -= (question.Lines.Length * Pitch) + rowPadding;
        }

        for (var k = 0; k < total.Length; k++)
        {
            numbers.Add((total[k], NumberRights[k], baseline));
        }

        foreach (var (text, right, at) in numbers)
        {
            page.Text(text, right - PageBuilder.WidthOf(text, Size), at, Size);
        }

        return baseline - Pitch;
    }

    /// <summary>The text the question's cell should read: id and lines, or lines only when the id has its own column.</summary>
    public static string CellText(Question question, bool idColumn)
        => idColumn ? string.Join('\n', question.Lines) : question.Id + " " + string.Join('\n', question.Lines);

    public sealed record Question(string Id, string[] Lines, string Score, string Max, string Percent);
}
