using Kompass.Ingest.TestKit.Layout;
using static Kompass.Ingest.Extraction.Tests.Questions.QuestionSamples;

namespace Kompass.Ingest.Extraction.Tests.Questions;

/// <summary>Question tables on one page in the styles known or plausible for the report family.</summary>
public sealed class QuestionTableReaderTests
{
    [Fact]
    public void Read_SeedOrderNumbersBeforeWrappedText_RowsFollowTheGeometry()
    {
        var layout = new LayoutBuilder().Page(p =>
        {
            p.Text("Nedan visas resultatet fördelat på delfrågor inom respektive område.", 57, 770, 10);
            QuestionTableDrawer.Draw(p, 740, "2. Tillgänglighet och brukarorientering", Area2, Area2Total, new TableDrawing { NumbersFirst = true });
        }).Build();

        var tables = QuestionAssert.Read(layout);

        QuestionAssert.Areas([2], tables, layout);
        QuestionAssert.Rows(Area2, tables[0], layout);
        QuestionAssert.Total("65", "100", tables[0], layout);
        Assert.Equal("2. Tillgänglighet och brukarorientering", tables[0].Heading?.Value);
    }

    [Theory]
    [InlineData(NumberPlacement.Top, false, 4)]
    [InlineData(NumberPlacement.Centre, false, 4)]
    [InlineData(NumberPlacement.Bottom, false, 4)]
    [InlineData(NumberPlacement.Top, true, 4)]
    [InlineData(NumberPlacement.Centre, true, 4)]
    [InlineData(NumberPlacement.Bottom, true, 4)]
    [InlineData(NumberPlacement.Centre, false, 0)]
    [InlineData(NumberPlacement.Bottom, false, 0)]
    [InlineData(NumberPlacement.Centre, true, 0)]
    [InlineData(NumberPlacement.Centre, true, 10)]
    public void Read_WrappedRows_NumbersBelongToTheirQuestionWhereverPrinted(NumberPlacement numbers, bool idColumn, double rowGap)
    {
        var drawing = new TableDrawing { Numbers = numbers, IdColumn = idColumn, RowGap = rowGap };
        var layout = new LayoutBuilder().Page(p => QuestionTableDrawer.Draw(p, 740, "2. Tillgänglighet och brukarorientering", Area2, Area2Total, drawing)).Build();

        var tables = QuestionAssert.Read(layout);

        QuestionAssert.Areas([2], tables, layout);
        QuestionAssert.Rows(Area2, tables[0], layout);
        QuestionAssert.Total("65", "100", tables[0], layout);
    }

    [Theory]
    [InlineData(PercentStyle.Attached)]
    [InlineData(PercentStyle.Spaced)]
    [InlineData(PercentStyle.Column)]
    public void Read_PercentPrintedAnyWay_ReadsThePercent(PercentStyle percent)
    {
        var layout = new LayoutBuilder().Page(p =>
            QuestionTableDrawer.Draw(p, 740, "1. Offentlighet och demokrati", Area1, Area1Total, new TableDrawing { Percent = percent })).Build();

        var tables = QuestionAssert.Read(layout);

        QuestionAssert.Areas([1], tables, layout);
        QuestionAssert.Rows(Area1, tables[0], layout);
    }

    [Fact]
    public void Read_DecimalCommaScoresWithoutPercentColumn_ReadsHalfPointsAndNoPercent()
    {
        var drawing = new TableDrawing { Percent = PercentStyle.None, Labels = ["Poäng", "Max"], IdColumn = true, NumberRights = [430, 480, 530] };
        var layout = new LayoutBuilder().Page(p =>
            QuestionTableDrawer.Draw(p, 740, "3. Politisk styrning och kontroll", HalfPoints, ["77,5", "100"], drawing)).Build();

        var tables = QuestionAssert.Read(layout);

        QuestionAssert.Areas([3], tables, layout);
        QuestionAssert.Rows(HalfPoints, tables[0], layout);
        QuestionAssert.Total("77,5", "100", tables[0], layout);
    }

    [Theory]
    [InlineData(NumberPlacement.Top)]
    [InlineData(NumberPlacement.Centre)]
    public void Read_RuledTableWithPoangMaxPercentSign_ReadsEveryRow(NumberPlacement numbers)
    {
        var drawing = new TableDrawing { Ruled = true, Labels = ["Poäng", "Max", "%"], Percent = PercentStyle.Spaced, Numbers = numbers, RowGap = 0 };
        var layout = new LayoutBuilder().Page(p =>
            QuestionTableDrawer.Draw(p, 740, "2. Samhällsutveckling", Area2, Area2Total, drawing)).Build();

        var tables = QuestionAssert.Read(layout);

        QuestionAssert.Areas([2], tables, layout);
        QuestionAssert.Rows(Area2, tables[0], layout);
        QuestionAssert.Total("65", "100", tables[0], layout);
    }

    [Fact]
    public void Read_TotalRowWithLabel_IsTheTotalNotAQuestion()
    {
        var layout = new LayoutBuilder().Page(p =>
            QuestionTableDrawer.Draw(p, 740, "1. Offentlighet och demokrati", Area1, Area1Total, new TableDrawing { TotalLabel = "Summa", IdColumn = true })).Build();

        var tables = QuestionAssert.Read(layout);

        QuestionAssert.Rows(Area1, tables[0], layout);
        QuestionAssert.Total("71", "100", tables[0], layout);
    }

    [Fact]
    public void Read_MaxColumnPrintedBeforeScore_RolesComeFromTheNumbers()
    {
        var swapped = Area1.Select(q => q with { Score = q.Max, Max = q.Score }).ToList();
        var layout = new LayoutBuilder().Page(p =>
            QuestionTableDrawer.Draw(p, 740, "1. Offentlighet och demokrati", swapped, ["100", "71", "71%"], new TableDrawing { Labels = ["Max", "Poäng", "%"] })).Build();

        var tables = QuestionAssert.Read(layout);

        QuestionAssert.Rows(Area1, tables[0], layout);
        QuestionAssert.Total("71", "100", tables[0], layout);
    }

    [Fact]
    public void Read_TwoAreasOnePage_EachGetsItsRows()
    {
        var layout = new LayoutBuilder().Page(p =>
        {
            var below = QuestionTableDrawer.Draw(p, 780, "1. Offentlighet och demokrati", Area1, Area1Total, new TableDrawing());
            QuestionTableDrawer.Draw(p, below - 30, "2. Tillgänglighet och brukarorientering", Area2, Area2Total, new TableDrawing());
        }).Build();

        var tables = QuestionAssert.Read(layout);

        QuestionAssert.Areas([1, 2], tables, layout);
        QuestionAssert.Rows(Area1, tables[0], layout);
        QuestionAssert.Rows(Area2, tables[1], layout);
        QuestionAssert.Total("71", "100", tables[0], layout);
    }

    [Fact]
    public void Read_NoHeadingRow_AreaComesFromTheIds()
    {
        var layout = new LayoutBuilder().Page(p =>
            QuestionTableDrawer.Draw(p, 740, null, Area2, Area2Total, new TableDrawing { Header = false })).Build();

        var tables = QuestionAssert.Read(layout);

        QuestionAssert.Areas([2], tables, layout);
        QuestionAssert.Rows(Area2, tables[0], layout);
        Assert.Null(tables[0].Heading);
    }

    [Fact]
    public void Read_SummaryTableOfAreas_IsNoQuestionTable()
    {
        var layout = new LayoutBuilder().Page(p =>
        {
            p.Text("Vallentuna 2017", 330, 760, 10, bold: true).Text("Medelvärde", 420, 760, 10, bold: true);
            string[] names = ["1. Offentlighet och demokrati", "2. Tillgänglighet och brukarorientering", "3. Politisk styrning och kontroll"];
            for (var k = 0; k < names.Length; k++)
            {
                p.Text(names[k], 57, 745 - (k * 14), 10).Text("7" + k, 380, 745 - (k * 14), 10).Text("5" + k, 460, 745 - (k * 14), 10);
            }

            p.Text("TOTALT", 57, 703, 10, bold: true).Text("213", 375, 703, 10).Text("153", 455, 703, 10);
        }).Build();

        var tables = QuestionAssert.Read(layout);

        QuestionAssert.Areas([], tables, layout);
    }

    [Fact]
    public void Read_Rows_KeepPageAndBoxesOfTheirValues()
    {
        var layout = new LayoutBuilder().EmptyPages(1)
            .Page(p => QuestionTableDrawer.Draw(p, 740, "2. Tillgänglighet och brukarorientering", Area2, Area2Total, new TableDrawing { Numbers = NumberPlacement.Centre }))
            .Build();

        var row = QuestionAssert.Read(layout)[0].Questions[3];

        Assert.Equal(2, row.Page);
        Assert.Equal(2, row.Text.Source.Page);
        Assert.Equal("2.4", row.Id.Source.RawText);
        Assert.Equal("Hur arbetar kommunen med\nbrukarundersökningar och hur\nanvänds resultaten?", row.Text.Source.RawText);
        Assert.True(row.Text.Source.Box!.Value.Height > 2 * 12, "the text box spans the three lines");
        Assert.Equal("75%", row.Percent!.Source.RawText);
        Assert.InRange(row.Score!.Source.Box!.Value.CentreY, row.Text.Source.Box.Value.Bottom, row.Text.Source.Box.Value.Top);
        Assert.StartsWith("QuestionTableExtractor@", row.Score.Source.Extractor, StringComparison.Ordinal);
    }
}
