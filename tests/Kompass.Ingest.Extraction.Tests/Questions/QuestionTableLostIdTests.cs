using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Questions;
using Kompass.Ingest.TestKit.Layout;

namespace Kompass.Ingest.Extraction.Tests.Questions;

/// <summary>A question row whose id was misread (a scan's wrapped line read with the id as one tall word).</summary>
public sealed class QuestionTableLostIdTests
{
    // 3.2's score equals the one row above it, so its numbers look like a total row too.
    private static readonly QuestionSpec[] Rows =
    [
        new("3.1", ["Finns en sammanhållen styrmodell?"], "13", "20", "63%"),
        new("3.2", ["Styrs kommunen av tydliga och uppföljningsbara politiska", "mål?"], "13", "20", "67%"),
        new("3.3", ["Rapporteras resultat och måluppfyllelse till de", "förtroendevalda?"], "9", "15", "58%"),
        new("3.4", ["Finns en fungerande intern kontroll?"], "12", "15", "83%"),
    ];

    [Theory]
    [InlineData("JAS", "JAS Styrs kommunen av tydliga och uppföljningsbara politiska mål?")]
    [InlineData("3:2", "Styrs kommunen av tydliga och uppföljningsbara politiska mål?")]
    public void Read_RowBetweenTwoQuestionsLostItsId_IsTheQuestionTheirIdsLeaveOut(string printedId, string expectedText)
    {
        var layout = Layout(printedId);

        var tables = QuestionAssert.Read(layout);

        QuestionAssert.Areas([3], tables, layout);
        var table = tables[0];
        Assert.True(table.Questions.Select(q => q.Id.Value).SequenceEqual(["3.1", "3.2", "3.3", "3.4"]), QuestionAssert.Seen(layout, tables));
        Assert.Equal(13m, table.Questions[1].Score?.Value);
        Assert.Equal(67m, table.Questions[1].Percent?.Value);
        Assert.True(expectedText == table.Questions[1].Text.Value, QuestionAssert.Seen(layout, tables));
        Assert.Equal(printedId, table.Questions[1].Id.Source.RawText);
        Assert.Equal(47m, table.Total?.Value);
    }

    [Fact]
    public void Read_RowWithoutIdAfterTheLastQuestion_IsNotNumbered()
    {
        var rows = Rows.Take(2).Append(new QuestionSpec("Övrigt", ["Kommentar till området"], "13", "20", "65%")).ToArray();
        var layout = new LayoutBuilder().Page(p => QuestionTableDrawer.Draw(p, 740, "3. Styrning, uppföljning och kontroll", rows, null, new TableDrawing())).Build();

        var tables = QuestionAssert.Read(layout);

        Assert.Equal(["3.1", "3.2"], tables[0].Questions.Select(q => q.Id.Value));
    }

    [Fact]
    public void Extract_RowNumberedFromItsNeighbours_IsAWarning()
    {
        var sut = new QuestionTableExtractor();

        var result = sut.Extract(PartContext.For(Layout("JAS"), DocumentType.KommunKompassenAnalysis), new ReportExtraction { Type = DocumentType.KommunKompassenAnalysis });

        Assert.Contains("area 3, question 3.2: its id was read as 'JAS' (p. 1); numbered from the questions around it", result.Warnings);
    }

    private static Kompass.Ingest.Domain.Layout.DocumentLayout Layout(string printedId)
    {
        var rows = Rows.Select(r => r.Id == "3.2" ? r with { Id = printedId } : r).ToArray();
        return new LayoutBuilder().Page(p =>
            QuestionTableDrawer.Draw(p, 740, "3. Styrning, uppföljning och kontroll", rows, ["47", "70", "67%"], new TableDrawing())).Build();
    }
}
