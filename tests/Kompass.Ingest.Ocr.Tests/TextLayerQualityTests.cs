using Kompass.Ingest.TestKit.Layout;

namespace Kompass.Ingest.Ocr.Tests;

public sealed class TextLayerQualityTests
{
    [Fact]
    public void Measure_LettersDigitsPunctuationAndSymbols_CountsOnlyTheSymbolsAsImplausible()
    {
        // 17 plausible characters (ASCII and Swedish letters, digits, printed punctuation) and 4
        // implausible ones (private use, a block element, a currency sign no report prints, a letter
        // beyond Latin).
        var page = new LayoutBuilder().Page(p => p.Text("Abc12 åäö, (x) 3,5 % Ö\uE000 \u2580 ¤ \u0416", 72, 700)).Build().Pages[0];

        var quality = TextLayerQuality.Measure(page.Words);

        Assert.Equal(21, quality.Characters);
        Assert.Equal(4 / 21.0, quality.ImplausibleShare, 9);
    }
}
