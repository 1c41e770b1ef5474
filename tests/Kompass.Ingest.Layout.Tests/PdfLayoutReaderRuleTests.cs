using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.TestKit.Layout;
using UglyToad.PdfPig.Core;
using Xunit.Abstractions;

namespace Kompass.Ingest.Layout.Tests;

public sealed class PdfLayoutReaderRuleTests(ITestOutputHelper output)
{
    private readonly PdfLayoutReader _sut = new();

    [Fact]
    public void Read_StrokedLines_GiveHorizontalAndVerticalRules()
    {
        var page = Read((p, _, _) =>
        {
            p.DrawLine(new PdfPoint(300, 690), new PdfPoint(50, 690), 1); // drawn right to left
            p.DrawLine(new PdfPoint(60, 500), new PdfPoint(60, 650), 1);
        });

        Assert.Contains(new RulingLine(50, 690, 300, 690), page.Lines);
        Assert.Contains(new RulingLine(60, 500, 60, 650), page.Lines);
        Assert.Equal(2, page.Lines.Count);
    }

    [Fact]
    public void Read_StrokedRectangle_GivesItsFourEdges()
    {
        var page = Read((p, _, _) => p.DrawRectangle(new PdfPoint(50, 600), 200, 50, 1, false));

        Assert.Equal(2, page.Lines.Count(l => l.IsHorizontal));
        Assert.Equal(2, page.Lines.Count(l => !l.IsHorizontal));
        Assert.Contains(new RulingLine(50, 600, 250, 600), page.Lines);
        Assert.Contains(new RulingLine(250, 600, 250, 650), page.Lines);
    }

    [Fact]
    public void Read_ThinFilledRectangle_GivesOneRuleThroughItsMiddle()
    {
        var page = Read((p, _, _) => p.DrawRectangle(new PdfPoint(50, 550), 200, 0.5, 1, true));

        var rule = Assert.Single(page.Lines);
        Assert.True(rule.IsHorizontal);
        Assert.Equal(50, rule.X1, 3);
        Assert.Equal(250, rule.X2, 3);
        Assert.Equal(550.25, rule.Y1, 3);
    }

    [Fact]
    public void Read_DiagonalAndTinyStrokes_AreNotRules()
    {
        var page = Read((p, _, _) =>
        {
            p.DrawLine(new PdfPoint(50, 50), new PdfPoint(200, 200), 1);
            p.DrawLine(new PdfPoint(300, 300), new PdfPoint(301, 300), 1);
        });

        Assert.Empty(page.Lines);
    }

    private PageLayout Read(Action<UglyToad.PdfPig.Writer.PdfPageBuilder, UglyToad.PdfPig.Writer.PdfDocumentBuilder.AddedFont, UglyToad.PdfPig.Writer.PdfDocumentBuilder.AddedFont> draw)
    {
        var result = _sut.Read(GeneratedPdf.OnePage(draw), CancellationToken.None);
        var page = Assert.Single(result.Layout!.Pages);
        output.WriteLine(LayoutDescriber.Describe(page));
        return page;
    }
}
