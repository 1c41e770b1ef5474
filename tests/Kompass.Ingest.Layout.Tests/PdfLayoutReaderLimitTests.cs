namespace Kompass.Ingest.Layout.Tests;

/// <summary>
/// Files built to exhaust or crash a reader are refused with a reason, before PdfPig overflows
/// its stack (which would end the process) or unpacks gigabytes; lies PdfPig survives are read.
/// </summary>
public sealed class PdfLayoutReaderLimitTests
{
    private readonly PdfLayoutReader _sut = new();

    [Fact]
    public void Read_StreamThatUnpacksPastTheLimit_IsRefusedAsABomb()
    {
        var pdf = BombPdf.InflatingContent(megabytes: (int)(ReadLimits.MaxInflatedStream >> 20) + 8);

        var result = _sut.Read(pdf, CancellationToken.None);

        Assert.Equal(
            "too large to read safely: a compressed stream (object 5) unpacks to more than 256 MB, a \"PDF bomb\"; no report needs that — get the file again from its source",
            result.Failure);
    }

    [Fact]
    public void Read_CompressedStreamWithinTheLimit_IsRead()
    {
        var result = _sut.Read(BombPdf.InflatingContent(megabytes: 1), CancellationToken.None);

        Assert.True(result.Layout is not null, result.Failure);
        Assert.Equal("Hej", Assert.Single(result.Layout.Pages[0].Words).Text);
    }

    [Fact]
    public void Read_LoopOfReferences_IsRefusedWithoutOverflowingTheStack()
    {
        var result = _sut.Read(BombPdf.ReferenceChain(2, loop: true), CancellationToken.None);

        Assert.Equal(
            "damaged PDF: object 6 leads back to itself through a loop of 2 references; the file is damaged or built to crash readers; get an intact copy from its source",
            result.Failure);
    }

    [Fact]
    public void Read_LongChainOfReferences_IsRefused()
    {
        var result = _sut.Read(BombPdf.ReferenceChain(100_000), CancellationToken.None);

        Assert.NotNull(result.Failure);
        Assert.StartsWith("damaged PDF: a chain of more than 64 references (from object ", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ShortChainOfReferences_IsRead()
    {
        var result = _sut.Read(BombPdf.ReferenceChain(3), CancellationToken.None);

        Assert.True(result.Layout is not null, result.Failure);
    }

    [Fact]
    public void Read_PageTreeNestedTooDeep_IsRefused()
    {
        var result = _sut.Read(BombPdf.DeepPageTree(100_000), CancellationToken.None);

        Assert.NotNull(result.Failure);
        Assert.StartsWith("damaged PDF: a chain of more than 256 /Parent links (from object ", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PageTreeClaimingABillionPages_ReadsThePagesThatExist()
    {
        var result = _sut.Read(BombPdf.LyingPageCount(1_000_000_000), CancellationToken.None);

        Assert.True(result.Layout is not null, result.Failure);
        Assert.Single(result.Layout.Pages);
    }

    [Fact]
    public void Read_MorePagesThanTheLimit_IsRefused()
    {
        var result = _sut.Read(BombPdf.ManyPages(ReadLimits.MaxPages + 1), CancellationToken.None);

        Assert.Equal(
            "too large to read safely: 5001 pages, more than the 5000 kompass reads; a report has a few hundred at most — check that this is the right file, or split it",
            result.Failure);
    }

    [Fact]
    public void Read_ObjectStreamClaimingABillionObjects_ReadsThePage()
    {
        var result = _sut.Read(BombPdf.HugeObjectStream(), CancellationToken.None);

        Assert.True(result.Layout is not null, result.Failure);
    }

    [Fact]
    public void Read_DictionariesNestedDeeply_DoesNotCrash()
    {
        var result = _sut.Read(BombPdf.NestedDictionaries(200_000), CancellationToken.None);

        Assert.True(result.Layout is not null, result.Failure);
    }
}
