using System.Text;
using Kompass.Ingest.Corpus.Pdf;
using PdfSharp.Pdf.IO;

namespace Kompass.Ingest.Corpus.Tests.Families.Unscored;

public sealed class EncryptedPdfTests
{
    private const string Id = "0123456789ABCDEF0123456789ABCDEF";

    [Fact]
    public void Save_SameDrawing_SameBytes()
    {
        Assert.Equal(Encrypt("hemligt"), Encrypt("hemligt"));
    }

    [Fact]
    public void Save_UserPassword_OpensOnlyWithIt()
    {
        var bytes = Encrypt("hemligt");

        Assert.ThrowsAny<Exception>(() => PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import));
        using var document = PdfReader.Open(new MemoryStream(bytes), "hemligt", PdfDocumentOpenMode.Import);
        Assert.Equal(1, document.PageCount);
    }

    [Fact]
    public void Save_Metadata_DecryptsToXmpWithDerivedUuids()
    {
        var bytes = Encrypt("hemligt");

        var (text, exit) = Poppler.Text(bytes, "hemligt");

        Assert.Equal(0, exit);
        Assert.Contains("Förbättringsområden för Åre", text, StringComparison.Ordinal);
        Assert.Contains($"/ID[<{Convert.ToHexString(Encoding.ASCII.GetBytes(Id))}>", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
    }

    private static byte[] Encrypt(string password)
    {
        using var sut = new PdfCanvas();
        var flow = new FlowWriter(sut, PageMargins.Report);
        flow.NewPage();
        flow.Heading("Personalpolicy", new FontSpec("DejaVu Sans", 14, Bold: true));
        flow.Paragraph("Förbättringsområden för Åre och Örnsköldsvik", new FontSpec("DejaVu Serif", 10));
        sut.DecorateAllPages((page, _) => sut.Text(70, 820, page.ToString(System.Globalization.CultureInfo.InvariantCulture), new FontSpec("DejaVu Serif", 8)));
        return EncryptedPdf.Save(sut, password, "agare", Id);
    }
}
