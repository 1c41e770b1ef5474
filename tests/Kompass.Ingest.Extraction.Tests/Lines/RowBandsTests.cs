using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Tests.Lines;

public sealed class RowBandsTests
{
    [Fact]
    public void LeftToRight_LinesOutOfOrder_GivesRowsTopDownEachLeftToRightTiesAsGiven()
    {
        var lines = new[]
        {
            Line(row: 1, left: 300, "65 %"),
            Line(row: 0, left: 72, "Område"),
            Line(row: 1, left: 72, "1. Offentlighet"),
            Line(row: 1, left: 300, "(tie, given second)"),
            Line(row: 0, left: 200, "2019"),
        };

        var rows = RowBands.LeftToRight(lines);

        Assert.Equal(
            [["Område", "2019"], ["1. Offentlighet", "65 %", "(tie, given second)"]],
            rows.Select(row => row.Select(l => l.Text).ToArray()).ToArray());
    }

    [Fact]
    public void RowTexts_TwoSegmentsOnARow_JoinsThemWithASpace()
    {
        var page = new PageLines(new PageLayout(1, 595, 842, [], [], 0), [Line(row: 0, left: 300, "10"), Line(row: 0, left: 72, "1.1 Finns en plan?")]);

        Assert.Equal(["1.1 Finns en plan? 10"], page.RowTexts());
    }

    private static TextLine Line(int row, double left, string text)
    {
        var box = new BoundingBox(left, 700 - (20 * row), left + 50, 710 - (20 * row));
        return new TextLine(1, row, [new Word(text, box, "Arial", 10, false)], box, 10, false);
    }
}
