using System.Text;
using Kompass.Ingest.Corpus.Families;
using Kompass.Ingest.Corpus.Families.Unscored.BadFiles;
using Kompass.Ingest.Corpus.Model;
using PdfSharp.Pdf.IO;

namespace Kompass.Ingest.Corpus.Tests.Families;

public sealed class BadFileFamilyTests
{
    // Everything but the 300-page report, which has its own test: generated once per test class.
    private static readonly Lazy<IReadOnlyList<CorpusItem>> Seven = new(() => new BadFileFamily().Generate(TestCorpusContext.Create(), 7).ToList());

    [Fact]
    public void Generate_SameSeed_SameBytes()
    {
        var again = new BadFileFamily().Generate(TestCorpusContext.Create(), 7).ToList();

        Assert.Equal(Seven.Value.Select(i => i.RelativePath), again.Select(i => i.RelativePath));
        Assert.All(Seven.Value.Zip(again), pair => Assert.Equal(pair.First.Bytes, pair.Second.Bytes));
    }

    [Fact]
    public void Generate_EveryFile_HasAValidTruth()
    {
        Assert.All(Seven.Value, item => TruthAssert.ValidUnscored(item.Truth!, "bad"));
        Assert.Equal(7, Seven.Value.Select(i => i.RelativePath).Distinct().Count());
    }

    [Fact]
    public void Generate_Empty_IsZeroBytesAndUnreadable()
    {
        var item = Item(BadFileKind.Empty);

        Assert.Empty(item.Bytes);
        Assert.Equal("unreadable", item.Truth!.DocumentType);
    }

    [Fact]
    public void Generate_Html_HasNoPdfMarkerButAPdfName()
    {
        var item = Item(BadFileKind.HtmlNamedPdf);

        Assert.EndsWith(".pdf", item.RelativePath, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", Encoding.UTF8.GetString(item.Bytes), StringComparison.Ordinal);
        Assert.DoesNotContain("%PDF", Encoding.Latin1.GetString(item.Bytes), StringComparison.Ordinal);
        Assert.Equal("unreadable", item.Truth!.DocumentType);
    }

    [Fact]
    public void Generate_Truncated_StartsLikeAPdfButNoToolRecoversIt()
    {
        var item = Item(BadFileKind.Truncated);
        var text = Encoding.Latin1.GetString(item.Bytes);

        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        Assert.DoesNotContain("trailer", text, StringComparison.Ordinal);
        Assert.DoesNotContain("stream", text, StringComparison.Ordinal);
        Assert.NotEqual(0, Poppler.Check(item.Bytes).ExitCode);
        Assert.DoesNotContain(Poppler.Text(item.Bytes).Text, char.IsLetter);
        Assert.Equal("unreadable", item.Truth!.DocumentType);
    }

    [Fact]
    public void Generate_Encrypted_HasEncryptDictionaryAndNeedsThePassword()
    {
        var item = Item(BadFileKind.Encrypted);

        Assert.Contains("/Encrypt", Encoding.Latin1.GetString(item.Bytes), StringComparison.Ordinal);
        Assert.ThrowsAny<Exception>(() => PdfReader.Open(new MemoryStream(item.Bytes), PdfDocumentOpenMode.Import));
        Assert.NotEqual(0, Poppler.Text(item.Bytes).ExitCode);
        Assert.Contains("Personalpolitiskt program", Poppler.Text(item.Bytes, BadFiles.UserPassword).Text, StringComparison.Ordinal);
        Assert.Equal("unreadable", item.Truth!.DocumentType);
    }

    [Fact]
    public void Generate_ImageOnly_HasAnImageAndNoTextOperatorsAndATruthForOcr()
    {
        var item = Item(BadFileKind.ImageOnly);

        var operators = PdfContent.Operators(item.Bytes).Single();

        Assert.Contains("Do", operators);
        Assert.DoesNotContain(operators, PdfContent.IsTextOperator);
        Assert.DoesNotContain("/Font", Encoding.Latin1.GetString(item.Bytes), StringComparison.Ordinal);
        Assert.DoesNotContain(Poppler.Text(item.Bytes).Text, char.IsLetter);
        Assert.Equal("related-document", item.Truth!.DocumentType);
        Assert.True(item.Truth.Ocr);
        Assert.EndsWith(": En sammanfattande genomgång", item.Truth.Title, StringComparison.Ordinal);
        Assert.Equal("low-text-quality", Assert.Single(item.Truth.ExpectedFlags).Code);
    }

    [Fact]
    public void Generate_BlankPages_HaveNoTextOperatorsOnAnyPage()
    {
        var item = Item(BadFileKind.BlankPages);

        var pages = PdfContent.Operators(item.Bytes);

        Assert.True(pages.Count >= 2);
        Assert.All(pages, operators => Assert.DoesNotContain(operators, PdfContent.IsTextOperator));
        Assert.DoesNotContain(Poppler.Text(item.Bytes).Text, char.IsLetter);
        Assert.Equal("unreadable", item.Truth!.DocumentType);
    }

    [Fact]
    public void Generate_BrokenCrossReference_IsDamagedButItsMemoIsRecovered()
    {
        var item = Item(BadFileKind.BrokenCrossReference);

        var check = Poppler.Check(item.Bytes);
        var (text, _) = Poppler.Text(item.Bytes);

        Assert.Contains("damaged", check.Text, StringComparison.Ordinal);
        Assert.Equal("kommunkompassen-pm", item.Truth!.DocumentType);
        Assert.Contains(item.Truth.Title!, string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_All_EndsWithAValid300PageAnnualReport()
    {
        var items = new BadFileFamily().Generate(TestCorpusContext.Create(), 100).ToList();
        var report = items[^1];

        Assert.Equal(8, items.Count);
        Assert.Equal(300, PdfContent.Geometry(report.Bytes).Pages);
        Assert.Equal("related-document", report.Truth!.DocumentType);
        Assert.StartsWith("Årsredovisning ", report.Truth.Title, StringComparison.Ordinal);
        Assert.NotNull(report.Truth.Year);
        TruthAssert.ValidUnscored(report.Truth, "bad");
    }

    private static CorpusItem Item(BadFileKind kind) => Seven.Value[(int)kind];
}
