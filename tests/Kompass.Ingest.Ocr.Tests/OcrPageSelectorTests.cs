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
        var garbage = string.Join(' ', Enumerable.Range(0, 12).Select(i => new string([(char)(0xE000 + i), '¤', (char)(0x2580 + i), 'a'])));
        var page = new LayoutBuilder().Page(p => p.Text(garbage, 72, 700)).Build().Pages[0];

        Assert.StartsWith("garbage text layer", _sut.Reason(page), StringComparison.Ordinal);
    }
}
