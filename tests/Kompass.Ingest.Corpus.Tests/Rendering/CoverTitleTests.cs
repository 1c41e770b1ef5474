using Kompass.Ingest.Corpus.Pdf;
using Kompass.Ingest.Corpus.Rendering;

namespace Kompass.Ingest.Corpus.Tests.Rendering;

public sealed class CoverTitleTests
{
    [Theory]
    [InlineData("KommunKompassen VALLENTUNA KOMMUN FEBRUARI 2017 ANALYS AV", "KommunKompassen|VALLENTUNA KOMMUN|FEBRUARI 2017|ANALYS AV")]
    [InlineData("Kommun Kompassen KALIX KOMMUN 2012 ANALYS AV", "Kommun Kompassen|KALIX KOMMUN|2012|ANALYS AV")]
    [InlineData("KOMMUNKOMPASSEN ANALYS AV SIMRISHAMNS KOMMUN", "KOMMUNKOMPASSEN|ANALYS AV SIMRISHAMNS KOMMUN")]
    [InlineData("Kommunkompassen Analys av Skurups kommun 13–15 mars 2008", "Kommunkompassen|Analys av Skurups kommun|13–15 mars 2008")]
    public void Lines_WideColumn_BreaksAfterTheBrandAndBeforeDateAndAnalys(string title, string expected)
    {
        using var canvas = new PdfCanvas();
        canvas.NewPage();

        var sut = CoverTitle.Lines(canvas, title, new FontSpec("DejaVu Sans", 20), 1000);

        Assert.Equal(expected.Split('|'), sut);
    }

    [Fact]
    public void Lines_NarrowColumn_KeepsEveryWordInOrder()
    {
        using var canvas = new PdfCanvas();
        canvas.NewPage();
        const string title = "KommunKompassen UPPLANDS VÄSBY KOMMUN NOVEMBER 2015 ANALYS AV";

        var sut = CoverTitle.Lines(canvas, title, new FontSpec("DejaVu Sans", 30, Bold: true), 200);

        Assert.True(sut.Count > 4);
        Assert.Equal(title, string.Join(' ', sut));
    }
}
