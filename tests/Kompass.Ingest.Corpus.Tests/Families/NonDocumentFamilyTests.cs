using System.IO.Compression;
using System.Text;
using Kompass.Ingest.Corpus.Families;

namespace Kompass.Ingest.Corpus.Tests.Families;

public sealed class NonDocumentFamilyTests
{
    [Fact]
    public void Generate_SameSeed_SameBytes()
    {
        var sut = new NonDocumentFamily();

        var first = sut.Generate(TestCorpusContext.Create(4), 6).ToList();
        var second = sut.Generate(TestCorpusContext.Create(4), 6).ToList();

        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First.Bytes, pair.Second.Bytes));
    }

    [Fact]
    public void Generate_Files_AreNotPdfsAndHaveNoTruth()
    {
        var items = new NonDocumentFamily().Generate(TestCorpusContext.Create(), 8).ToList();

        Assert.Equal(8, items.Count);
        Assert.Equal(8, items.Select(i => i.RelativePath).Distinct().Count());
        Assert.All(items, item =>
        {
            Assert.Null(item.Truth);
            Assert.False(item.RelativePath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain("%PDF", Encoding.Latin1.GetString(item.Bytes), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Generate_Docx_IsAZipWithAWordDocument()
    {
        var docx = new NonDocumentFamily().Generate(TestCorpusContext.Create(), 3).ElementAt(2);

        using var zip = new ZipArchive(new MemoryStream(docx.Bytes), ZipArchiveMode.Read);

        Assert.EndsWith(".docx", docx.RelativePath, StringComparison.Ordinal);
        Assert.NotNull(zip.GetEntry("word/document.xml"));
    }

    [Fact]
    public void Generate_ThumbsDb_StartsWithTheCompoundFileSignature()
    {
        var thumbs = new NonDocumentFamily().Generate(TestCorpusContext.Create(), 1).Single();

        Assert.EndsWith("Thumbs.db", thumbs.RelativePath, StringComparison.Ordinal);
        Assert.Equal(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, thumbs.Bytes[..8]);
    }
}
