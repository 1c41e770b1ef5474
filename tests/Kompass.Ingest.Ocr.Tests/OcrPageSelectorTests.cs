using Kompass.Ingest.TestKit.Layout;

namespace Kompass.Ingest.Ocr.Tests;

public sealed class OcrPageSelectorTests
{
    private readonly OcrPageSelector _sut = new(new OcrOptions());

    [Fact]
    public void Reason_SwedishTextLayer_IsNull()
    {
        var page = new LayoutBuilder().Page(p => p.Text("Förbättringsområden: tydliggör ansvaret för resultatredovisning till invånarna (50,5 %).", 72, 700)).Build().Pages[0];

        Assert.Null(_sut.Reason(page));
    }

    [Fact]
    public void Reason_TextLayerOfSymbols_IsGarbage()
    {
        var page = new LayoutBuilder().Page(p => p.Text("\u0001\u0002\uFFFD\uE011\uE012 ¤¤¤ \u2580\u2581\u2582\u2583 \uE001\uE002\uE003\uE004\uE005\uE006\uE007 ab \uE008\uE009\uE00A\uE00B\uE00C\uE00D\uE00E\uE00F\uE010\uE011\uE012\uE013\uE014\uE015\uE016\uE017\uE018\uE019", 72, 700)).Build().Pages[0];

        Assert.StartsWith("garbage text layer", _sut.Reason(page), StringComparison.Ordinal);
    }
}
