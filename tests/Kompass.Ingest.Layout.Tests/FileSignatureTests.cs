using System.Text;

namespace Kompass.Ingest.Layout.Tests;

public sealed class FileSignatureTests
{
    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "not a PDF: the file starts with 'PK' — a ZIP archive or an Office document (.docx, .xlsx) saved with a .pdf name?")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1 }, "not a PDF: the file starts with the bytes D0 CF 11 E0 — an old Office document (.doc, .xls) saved with a .pdf name?")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10 }, "not a PDF: the file starts with the bytes FF D8 FF E0 — a JPEG image saved with a .pdf name?")]
    [InlineData(new byte[] { 0x49, 0x49, 0x2A, 0x00, 0x08, 0x00 }, "not a PDF: the file starts with 'II*' — a TIFF image (a scan?) saved with a .pdf name?")]
    public void NotPdfReason_KnownOtherFormat_NamesIt(byte[] bytes, string expected)
        => Assert.Equal(expected, FileSignature.NotPdfReason(bytes));

    [Fact]
    public void NotPdfReason_UnknownText_QuotesItsStart()
    {
        var reason = FileSignature.NotPdfReason(Encoding.UTF8.GetBytes("Hej hopp i lingonskogen\nmer text"));

        Assert.Equal("not a PDF: the file starts with 'Hej hopp'", reason);
    }

    [Fact]
    public void NotPdfReason_HeaderAfterSomeJunk_IsAPdf()
    {
        var bytes = Encoding.ASCII.GetBytes(new string('x', 300) + "%PDF-1.7\n");

        Assert.Null(FileSignature.NotPdfReason(bytes));
    }

    [Fact]
    public void NotPdfReason_HeaderPastTheFirstKilobyte_IsNotAPdf()
    {
        var bytes = Encoding.ASCII.GetBytes(new string(' ', 1100) + "%PDF-1.7\n");

        Assert.NotNull(FileSignature.NotPdfReason(bytes));
    }
}
