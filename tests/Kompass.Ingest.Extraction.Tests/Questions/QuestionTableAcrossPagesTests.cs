using System.Globalization;
using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.TestKit.Layout;
using static Kompass.Ingest.Extraction.Tests.Questions.QuestionSamples;

namespace Kompass.Ingest.Extraction.Tests.Questions;

/// <summary>Tables continued on the next page, running headers and footers, and text layers in any order.</summary>
public sealed class QuestionTableAcrossPagesTests
{
    private const string Heading2 = "2. Tillgänglighet och brukarorientering";

    private static readonly QuestionSpec[] Area3 =
    [
        new("3.1", ["Genomsyras hela organisationen av ett helhetstänkande?"], "12", "15", "81%"),
        new("3.2", ["Styrs kommunen av tydliga politiska mål?"], "18", "25", "70%"),
    ];

    [Theory]
    [InlineData(null)]
    [InlineData(Heading2)]
    [InlineData(Heading2 + " (forts.)")]
    public void Read_TableContinuedOnNextPage_OneAreaWithAllRows(string? repeatedHeading)
    {
        var layout = Furnished(
            p => QuestionTableDrawer.Draw(p, 200, Heading2, Area2[..3], null, new TableDrawing()),
            p =>
            {
                var below = QuestionTableDrawer.Draw(p, 760, repeatedHeading, Area2[3..], Area2Total, new TableDrawing { Header = repeatedHeading is not null });
                QuestionTableDrawer.Draw(p, below - 36, "3. Politisk styrning och kontroll", Area3, ["30", "40", "75%"], new TableDrawing());
            });

        var tables = QuestionAssert.Read(layout);

        QuestionAssert.Areas([2, 3], tables, layout);
        QuestionAssert.Rows(Area2, tables[0], layout);
        QuestionAssert.Total("65", "100", tables[0], layout);
        Assert.Equal([2, 2, 2, 3, 3], tables[0].Questions.Select(q => q.Page));
        QuestionAssert.Rows(Area3, tables[1], layout);
    }

    [Fact]
    public void Read_RowCutByThePageBreak_KeepsItsLastLine()
    {
        QuestionSpec cut = new("2.4", ["Hur arbetar kommunen med", "brukarundersökningar och hur"], "15", "20", "75%");
        var layout = Furnished(
            p => QuestionTableDrawer.Draw(p, 200, Heading2, [.. Area2[..3], cut], null, new TableDrawing()),
            p => QuestionTableDrawer.Draw(p, 760, null, [new("", ["används resultaten?"], "", "", null), Area2[4]], Area2Total, new TableDrawing { Header = false }));

        var tables = QuestionAssert.Read(layout);

        QuestionAssert.Areas([2], tables, layout);
        QuestionAssert.Rows(Area2, tables[0], layout);
        QuestionAssert.Total("65", "100", tables[0], layout);
    }

    [Fact]
    public void Read_OnlyTheTotalRowOnTheNextPage_IsStillTheTotal()
    {
        var layout = Furnished(
            p => QuestionTableDrawer.Draw(p, 200, Heading2, Area2, null, new TableDrawing()),
            p =>
            {
                var below = QuestionTableDrawer.Draw(p, 760, null, [], Area2Total, new TableDrawing { Header = false });
                QuestionTableDrawer.Draw(p, below - 36, "3. Politisk styrning och kontroll", Area3, ["30", "40", "75%"], new TableDrawing());
            });

        var tables = QuestionAssert.Read(layout);

        QuestionAssert.Areas([2, 3], tables, layout);
        QuestionAssert.Rows(Area2, tables[0], layout);
        QuestionAssert.Total("65", "100", tables[0], layout);
        QuestionAssert.Total("30", "40", tables[1], layout);
    }

    [Fact]
    public void Read_PageNumberRightUnderATableWithoutTotal_IsNoRowAndNoTotal()
    {
        var layout = Furnished(p => QuestionTableDrawer.Draw(p, 195, Heading2, Area2, null, new TableDrawing()));

        var tables = QuestionAssert.Read(layout);

        QuestionAssert.Areas([2], tables, layout);
        QuestionAssert.Rows(Area2, tables[0], layout);
        Assert.Null(tables[0].Total);
    }

    [Fact]
    public void Read_WordsInAnyOrder_SameRows()
    {
        var ordered = new LayoutBuilder().Page(p =>
        {
            var below = QuestionTableDrawer.Draw(p, 760, "1. Offentlighet och demokrati", Area1, Area1Total, new TableDrawing { Numbers = NumberPlacement.Centre });
            QuestionTableDrawer.Draw(p, below - 36, Heading2, Area2, Area2Total, new TableDrawing { Numbers = NumberPlacement.Centre });
        }).Build();
        var page = ordered.Pages[0];
        var shuffled = new DocumentLayout([page with { Words = page.Words.OrderBy(w => (w.Text.GetHashCode(StringComparison.Ordinal) * 31) + w.Box.Left).ToList() }], [], false);

        var tables = QuestionAssert.Read(shuffled);

        QuestionAssert.Areas([1, 2], tables, shuffled);
        QuestionAssert.Rows(Area1, tables[0], shuffled);
        QuestionAssert.Rows(Area2, tables[1], shuffled);
    }

    [Fact]
    public void Read_TotalRowWithAnUnknownLabel_IsTheTotalWhenItAddsUp()
    {
        var layout = new LayoutBuilder().Page(p =>
            QuestionTableDrawer.Draw(p, 740, "1. Offentlighet och demokrati", Area1, Area1Total, new TableDrawing { TotalLabel = "Område 1 sammantaget" })).Build();

        var tables = QuestionAssert.Read(layout);

        QuestionAssert.Rows(Area1, tables[0], layout);
        QuestionAssert.Total("71", "100", tables[0], layout);
    }

    /// <summary>
    /// Pages with a running header ("Sveriges Kommuner och Landsting 2017-06-25") and the page
    /// number "N (16)" as a footer centred under the text column, plus a page of prose so that the
    /// furniture recurs on three pages.
    /// </summary>
    private static DocumentLayout Furnished(params Action<PageBuilder>[] pages)
    {
        var builder = new LayoutBuilder();
        var all = pages.Prepend(p => p.Paragraph(["Nedan visas resultatet fördelat på delfrågor inom respektive område."], 57, 700, 10)).ToList();
        for (var k = 0; k < all.Count; k++)
        {
            var number = (k + 13).ToString(CultureInfo.InvariantCulture);
            var draw = all[k];
            builder.Page(p =>
            {
                p.Text("Sveriges Kommuner och Landsting", 57, 800, 9).Text("2017-06-25", 300, 800, 9);
                p.Text(number + " (16)", 280, 40, 10);
                draw(p);
            });
        }

        return builder.Build();
    }
}
