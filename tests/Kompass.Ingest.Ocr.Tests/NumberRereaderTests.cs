using SkiaSharp;

namespace Kompass.Ingest.Ocr.Tests;

public sealed class NumberRereaderTests
{
    private static readonly OcrWord[] Page =
    [
        Word(1, "76", 100, 30), Word(1, "100", 200, 44), Word(2, "59", 100, 29), Word(2, "100", 200, 44),
        Word(3, "5", 100, 29), Word(3, "100", 200, 44),
    ];

    [Fact]
    public void Reread_BothResolutionsAgree_TakesTheReadingWithANote()
    {
        var engine = new FakeEngine("") { NumberTsvs = [Number("55")] };

        var (words, notes) = Sut(engine, null).Reread(Page, WhitePage(), "page", 9, Path.GetTempPath(), CancellationToken.None);

        Assert.Equal(["76", "100", "59", "100", "55", "100"], words.Select(w => w.Text));
        Assert.Equal(2, engine.NumberRecognitions);
        Assert.Contains("page 9: 1 number word(s) did not fit their boxes or were read unsure, and were read again alone", notes);
        Assert.Contains(notes, n => n.StartsWith("page 9: OCR read \"5\" in a box 2.0 digits wide; read alone it is 55", StringComparison.Ordinal));
    }

    [Fact]
    public void Reread_ResolutionsDisagree_LeavesTheWordAsRead()
    {
        var engine = new FakeEngine("") { NumberTsvs = [Number("55"), Number("56")] };

        var (words, _) = Sut(engine, null).Reread(Page, WhitePage(), "page", 9, Path.GetTempPath(), CancellationToken.None);

        Assert.Equal("5", words[4].Text);
    }

    [Fact]
    public void Reread_CachedPage_DoesNotCallTheEngineAgain()
    {
        var folder = Directory.CreateTempSubdirectory("kompass-number-cache-test-");
        try
        {
            var engine = new FakeEngine("") { NumberTsvs = [Number("55")] };
            Sut(engine, folder.FullName).Reread(Page, WhitePage(), "page", 9, Path.GetTempPath(), CancellationToken.None);

            var (words, _) = Sut(engine, folder.FullName).Reread(Page, WhitePage(), "page", 9, Path.GetTempPath(), CancellationToken.None);

            Assert.Equal(2, engine.NumberRecognitions);
            Assert.Equal("55", words[4].Text);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Reread_FailingEngine_LeavesTheWordAsRead()
    {
        var engine = new FakeEngine("") { NumberTsvs = [null] };

        var (words, _) = Sut(engine, null).Reread(Page, WhitePage(), "page", 9, Path.GetTempPath(), CancellationToken.None);

        Assert.Equal("5", words[4].Text);
    }

    private static NumberRereader Sut(FakeEngine engine, string? cache) => new(engine, new OcrResultCache(cache));

    private static string Number(string text) => FakeEngine.Tsv(FakeEngine.Row(1, 1, text, 5, 5, 30, 22));

    private static byte[] WhitePage()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(400, 300, SKColorType.Gray8, SKAlphaType.Opaque));
        bitmap.Erase(SKColors.White);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static OcrWord Word(int line, string text, int left, int width) => new(1, 1, line, text, left, 50 * line, width, 22, 95);
}
