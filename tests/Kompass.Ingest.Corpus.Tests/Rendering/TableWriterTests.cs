using Kompass.Ingest.Corpus.Pdf;
using Kompass.Ingest.Corpus.Rendering;

namespace Kompass.Ingest.Corpus.Tests.Rendering;

public sealed class TableWriterTests
{
    private static readonly FontSpec Font = new("DejaVu Sans", 10);

    [Fact]
    public void Rows_TextThenNumbers_PutsTheRunsTextBeforeItsNumbersInTheStream()
    {
        var words = Draw(RowOrder.TextThenNumbers, repeatHeader: false, rows: 2).Words;

        Assert.True(WordSequence.ContainsExactly(words, "2.1 Finns det en strategi? 2.2 Hur arbetar kommunen? 11 15 70% 15 25 61%"), string.Join(' ', words));
    }

    [Fact]
    public void Rows_RowByRow_KeepsEachRowTogether()
    {
        var words = Draw(RowOrder.RowByRow, repeatHeader: false, rows: 2).Words;

        Assert.True(WordSequence.ContainsExactly(words, "2.1 Finns det en strategi? 11 15 70% 2.2 Hur arbetar kommunen? 15 25 61%"), string.Join(' ', words));
    }

    [Theory]
    [InlineData(true, 2)]
    [InlineData(false, 1)]
    public void Rows_MoreThanAPage_BreaksBetweenRowsAndRepeatsTheHeaderOnlyWhenAsked(bool repeat, int headers)
    {
        var text = Draw(RowOrder.RowByRow, repeat, rows: 60);

        Assert.Equal(2, text.Pages.Count);
        Assert.Equal(headers, text.Words.Count(w => w == "Uppnått"));
    }

    private static PdfText Draw(RowOrder order, bool repeatHeader, int rows)
    {
        using var canvas = new PdfCanvas();
        var flow = new FlowWriter(canvas, PageMargins.Report);
        flow.NewPage();
        var style = new TableStyle { Body = Font, Header = Font.AsBold(), Ruling = TableRuling.Lattice, RepeatHeader = repeatHeader };
        var sut = new TableWriter(flow, style, [new(string.Empty, 0), new("Uppnått", 50, true), new("Max", 40, true), new("Procent", 50, true)]);
        sut.Header();
        var pairs = new[] { new TableRow(["2.1 Finns det en strategi?", "11", "15", "70%"]), new TableRow(["2.2 Hur arbetar kommunen?", "15", "25", "61%"]) };
        sut.Rows(Enumerable.Range(0, rows).Select(i => pairs[i % 2]).ToList(), order);
        sut.Finish();
        return PdfText.Read(canvas.Save());
    }
}
