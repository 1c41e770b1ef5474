using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.TestKit.Layout;
using UglyToad.PdfPig.Core;
using Xunit.Abstractions;

namespace Kompass.Ingest.Layout.Tests;

public sealed class PdfLayoutReaderWordTests(ITestOutputHelper output)
{
    private readonly PdfLayoutReader _sut = new();

    [Fact]
    public void Read_TwoWordsOnABaseline_GivesTextBoxFontAndSize()
    {
        var pdf = GeneratedPdf.OnePage((page, regular, _) => page.AddText("Hello world", 12, new PdfPoint(50, 700), regular));

        var page = ReadSinglePage(pdf);

        Assert.Equal(["Hello", "world"], page.Words.Select(w => w.Text));
        var hello = page.Words[0];
        Assert.Equal(50, hello.Box.Left, 1);
        Assert.Equal(700, hello.Box.Bottom, 1); // no descender: the glyph box sits on the baseline
        Assert.InRange(hello.Box.Top, 707, 711);
        Assert.True(page.Words[1].Box.Left > hello.Box.Right, "words are left to right");
        Assert.Equal("Helvetica", hello.FontName);
        Assert.Equal(12, hello.FontSize);
        Assert.False(hello.IsBold);
        Assert.Equal((595, 842), (page.Width, page.Height));
    }

    [Fact]
    public void Read_BoldStandardFont_SetsIsBold()
    {
        var pdf = GeneratedPdf.OnePage((page, regular, bold) =>
        {
            page.AddText("Rubrik", 20, new PdfPoint(50, 760), bold);
            page.AddText("Text", 10.5, new PdfPoint(50, 700), regular);
        });

        var page = ReadSinglePage(pdf);

        var heading = Assert.Single(page.Words, w => w.Text == "Rubrik");
        Assert.True(heading.IsBold);
        Assert.Equal("Helvetica-Bold", heading.FontName);
        Assert.Equal(20, heading.FontSize);
        var body = Assert.Single(page.Words, w => w.Text == "Text");
        Assert.False(body.IsBold);
        Assert.Equal(10.5, body.FontSize);
    }

    [Theory]
    [InlineData("/Flags 262176 /FontWeight 400", true)] // ForceBold flag
    [InlineData("/Flags 32 /FontWeight 700", true)]
    [InlineData("/Flags 32 /FontWeight 400", false)]
    public void Read_SubsetFontWithDescriptor_StripsTheTagAndReadsTheWeight(string descriptor, bool bold)
    {
        var widths = "[" + string.Join(' ', Enumerable.Repeat("500", 224)) + "]";
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            $"<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+Frutiger /FirstChar 32 /LastChar 255 /Widths {widths} /Encoding /WinAnsiEncoding /FontDescriptor 6 0 R >>",
            HandWrittenPdf.Stream("BT /F1 12 Tf 50 700 Td (Rubrik) Tj ET"),
            $"<< /Type /FontDescriptor /FontName /ABCDEF+Frutiger {descriptor} /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>",
        };

        var word = Assert.Single(ReadSinglePage(HandWrittenPdf.Build(objects)).Words);

        Assert.Equal("Rubrik", word.Text);
        Assert.Equal("Frutiger", word.FontName);
        Assert.Equal(bold, word.IsBold);
    }

    [Fact]
    public void Read_LigatureAndCombiningRing_AreNormalisedToPlainNfcLetters()
    {
        var pdf = GeneratedPdf.DejaVuText("\uFB01nal a\u030Angen\u00A0p\u00E5\u00ADg\u00E5r");

        var page = ReadSinglePage(pdf);

        Assert.Equal(["final", "ången", "pågår"], page.Words.Select(w => w.Text));
        Assert.Equal(5, page.Words[1].Text.Length); // "å" is one code point after NFC
        Assert.Equal("DejaVuSans", page.Words[0].FontName); // PdfPig's writer adds no subset tag
    }

    [Fact]
    public void Read_NumbersGroupedByThinAndNoBreakSpaces_GiveOneWordEach()
    {
        // PdfPig's word extractor splits at every white-space glyph; the joiner puts a number's
        // groups back together, but not two numbers printed with an ordinary space between them.
        var pdf = GeneratedPdf.DejaVuText("Antal 12\u2009500 och 1\u00A0000 samt 3\u202F250\u202F000 men 10 150");

        var page = ReadSinglePage(pdf);

        Assert.Equal(["Antal", "12 500", "och", "1 000", "samt", "3 250 000", "men", "10", "150"], page.Words.Select(w => w.Text));
        var twelve = page.Words[1];
        Assert.True(twelve.Box.Width > page.Words[0].Box.Width * 0.9, "the joined box spans both groups");
    }

    [Fact]
    public void Read_ManyPages_KeepsPageNumbersAndOrder()
    {
        var result = _sut.Read(GeneratedPdf.TextPages(5), CancellationToken.None);

        var layout = Assert.IsType<DocumentLayout>(result.Layout);
        Assert.Equal([1, 2, 3, 4, 5], layout.Pages.Select(p => p.Number));
        Assert.All(layout.Pages, p => Assert.Contains(p.Words, w => w.Text == p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Empty(layout.Warnings);
        Assert.False(layout.FromOcr);
    }

    [Fact]
    public void Read_PageWithImage_CountsIt()
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
            HandWrittenPdf.Stream("q 100 0 0 100 50 50 cm /Im1 Do Q"),
            "<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\u0080\nendstream",
        };

        var page = ReadSinglePage(HandWrittenPdf.Build(objects));

        Assert.Equal(1, page.ImageCount);
        Assert.Empty(page.Words);
    }

    [Fact]
    public void Read_SameReaderFromManyThreads_GivesTheSameWords()
    {
        var pdf = GeneratedPdf.TextPages(4, linesPerPage: 10);
        var expected = Texts(_sut.Read(pdf, CancellationToken.None));

        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = Texts(_sut.Read(pdf, CancellationToken.None)));

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Read_CancelledToken_StopsWithOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => _sut.Read(GeneratedPdf.TextPages(2), cancelled.Token));
    }

    private static string Texts(LayoutReadResult result)
        => string.Join('|', result.Layout!.Pages.SelectMany(p => p.Words).Select(w => $"{w.Text}{w.Box}"));

    private PageLayout ReadSinglePage(byte[] pdf)
    {
        var result = _sut.Read(pdf, CancellationToken.None);
        Assert.True(result.Failure is null, result.Failure);
        var page = Assert.Single(result.Layout!.Pages);
        output.WriteLine(LayoutDescriber.Describe(page));
        return page;
    }
}
