using Kompass.Ingest.Extraction.Tables;
using Kompass.Ingest.TestKit.Layout;

namespace Kompass.Ingest.Extraction.Tests.Tables;

/// <summary>The seed report's question tables: ids, wrapped question text, numbers top-aligned or centred, a total row.</summary>
public sealed class StreamTableDetectorQuestionTests
{
    private static readonly string[] Area2Total = ["65", "100", "65%"];

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Detect_QuestionTable_EachQuestionIsOneRowWithAllItsLines(bool centred, bool idColumn)
    {
        var layout = new LayoutBuilder().Page(p =>
        {
            p.Text("Nedan visas resultatet fördelat på delfrågor inom respektive område.", 57, 760, 10);
            QuestionTableLayout.Write(p, 720, "2. Tillgänglighet och brukarorientering", QuestionTableLayout.Area2, Area2Total, centred, idColumn);
        }).Build();
        var page = layout.Pages[0];
        var sut = new StreamTableDetector();

        var tables = sut.Detect(page);

        TableAssert.Count(1, tables, page);
        var table = tables[0];
        var textColumn = idColumn ? 1 : 0;
        TableAssert.Size(7, textColumn + 4, table, page);
        for (var q = 0; q < QuestionTableLayout.Area2.Length; q++)
        {
            var question = QuestionTableLayout.Area2[q];
            TableAssert.Text(QuestionTableLayout.CellText(question, idColumn), table, q + 1, textColumn, page);
            TableAssert.Text(question.Score, table, q + 1, textColumn + 1, page);
            TableAssert.Text(question.Max, table, q + 1, textColumn + 2, page);
            TableAssert.Text(question.Percent, table, q + 1, textColumn + 3, page);
            if (idColumn)
            {
                TableAssert.Text(question.Id, table, q + 1, 0, page);
            }
        }

        TableAssert.Text("Uppnått", table, 0, textColumn + 1, page);
        TableAssert.Text("65", table, 6, textColumn + 1, page);
        TableAssert.That(table.HeaderRowCount == 1, "one heading row", table, page);
        TableAssert.That(table.TotalRow == 6, "the last row is the total row", table, page);
        TableAssert.That(table.Columns.Skip(textColumn + 1).All(c => c.IsNumeric), "the three number columns are numeric", table, page);
    }

    [Theory]
    [InlineData(true, true, 0)]
    [InlineData(true, false, 4)]
    [InlineData(false, false, 4)]
    [InlineData(true, true, 4)]
    public void Detect_QuestionTableOtherStyles_EachQuestionIsOneRow(bool centred, bool centredIds, double rowPadding)
    {
        var questions = QuestionTableLayout.Area2.Append(new("2.6", ["Hur arbetar kommunen med", "valfrihet, påverkan och", "delaktighet för brukarna", "i verksamheterna?"], "10", "20", "50%")).ToList();
        var layout = new LayoutBuilder().Page(p =>
            QuestionTableLayout.Write(p, 720, "2. Tillgänglighet", questions, ["75", "120", "63%"], centred, idColumn: true, centredIds, rowPadding)).Build();
        var page = layout.Pages[0];
        var sut = new StreamTableDetector();

        var table = Assert.Single(sut.Detect(page));

        TableAssert.Size(8, 5, table, page);
        for (var q = 0; q < questions.Count; q++)
        {
            TableAssert.Text(questions[q].Id, table, q + 1, 0, page);
            TableAssert.Text(QuestionTableLayout.CellText(questions[q], idColumn: true), table, q + 1, 1, page);
            TableAssert.Text(questions[q].Score, table, q + 1, 2, page);
        }

        TableAssert.That(table.TotalRow == 7, "the last row is the total row", table, page);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Detect_ContinuationsFlushWithTheIds_RowsFollowWhereTheNumbersSit(bool centred, bool bottom)
    {
        var layout = new LayoutBuilder().Page(p => QuestionTableLayout.Write(
            p, 720, "2. Tillgänglighet", QuestionTableLayout.Area2, Area2Total, centred, idColumn: false, bottom: bottom, flushContinuations: true)).Build();
        var page = layout.Pages[0];
        var sut = new StreamTableDetector();

        var table = Assert.Single(sut.Detect(page));

        TableAssert.Size(7, 4, table, page);
        for (var q = 0; q < QuestionTableLayout.Area2.Length; q++)
        {
            var question = QuestionTableLayout.Area2[q];
            TableAssert.Text(question.Id + " " + string.Join('\n', question.Lines), table, q + 1, 0, page);
            TableAssert.Text(question.Percent, table, q + 1, 3, page);
        }
    }

    [Fact]
    public void Detect_TwoAreaTablesOneBelowTheOther_SplitsAtTheSecondHeading()
    {
        var layout = new LayoutBuilder().Page(p =>
        {
            var below = QuestionTableLayout.Write(p, 760, "1. Offentlighet och demokrati", QuestionTableLayout.Area1, ["45", "60", "75%"], centred: false, idColumn: false);
            QuestionTableLayout.Write(p, below, "2. Tillgänglighet och brukarorientering", QuestionTableLayout.Area2, Area2Total, centred: false, idColumn: false);
        }).Build();
        var page = layout.Pages[0];
        var sut = new StreamTableDetector();

        var tables = sut.Detect(page);

        TableAssert.Count(2, tables, page);
        TableAssert.Text("1. Offentlighet och demokrati", tables[0], 0, 0, page);
        TableAssert.Size(5, 4, tables[0], page);
        TableAssert.Text("2. Tillgänglighet och brukarorientering", tables[1], 0, 0, page);
        TableAssert.Size(7, 4, tables[1], page);
    }

    [Fact]
    public void Detect_QuestionTable_CellsKeepPageAndWordBoxes()
    {
        var layout = new LayoutBuilder()
            .EmptyPages(1)
            .Page(p => QuestionTableLayout.Write(p, 720, "2. Tillgänglighet", QuestionTableLayout.Area2, Area2Total, centred: true, idColumn: false))
            .Build();
        var page = layout.Pages[1];
        var sut = new StreamTableDetector();

        var table = Assert.Single(sut.Detect(page));

        var cell = table.CellAt(1, 0)!;
        TableAssert.That(cell.Page == 2 && table.Page == 2, "page 2", table, page);
        TableAssert.That(table.HeaderRowCount == 1, "the heading row belongs to the table", table, page);
        TableAssert.That(cell.Words.Count == 8 && Math.Abs(cell.Box.Left - QuestionTableLayout.IdX) < 0.01, "the question's words and box", table, page);
        TableAssert.That(cell.Box.Top > cell.Box.Bottom + QuestionTableLayout.Pitch, "a box over both lines", table, page);
        TableAssert.That(table.Cells.All(c => table.Box.Left <= c.Box.Left && c.Box.Right <= table.Box.Right), "cells inside the table box", table, page);
    }
}
