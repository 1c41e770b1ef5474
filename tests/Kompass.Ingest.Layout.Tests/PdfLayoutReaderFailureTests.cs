using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace Kompass.Ingest.Layout.Tests;

public sealed class PdfLayoutReaderFailureTests
{
    private static readonly string EncryptDictionary =
        $"<< /Filter /Standard /V 1 /R 2 /O <{new string('A', 64)}> /U <{new string('B', 64)}> /P -4 >>";

    private readonly PdfLayoutReader _sut = new();

    [Fact]
    public void Read_EmptyBytes_FailsAsEmptyFile()
    {
        var result = _sut.Read([], CancellationToken.None);

        Assert.Null(result.Layout);
        Assert.Equal("the file is empty (0 bytes): copy it again from where it came from", result.Failure);
    }

    [Fact]
    public void Read_HtmlPage_FailsAsNotAPdfAndNamesWhatItIs()
    {
        var html = Encoding.UTF8.GetBytes("<!DOCTYPE html>\n<html lang=\"sv\"><body>Sidan finns inte</body></html>");

        var result = _sut.Read(html, CancellationToken.None);

        Assert.Equal("not a PDF: the file starts with '<!DOCTYPE html' — an HTML page saved with a .pdf name?", result.Failure);
    }

    [Fact]
    public void Read_TruncatedPdf_FailsAsDamagedAndSaysCutShort()
    {
        var pdf = GeneratedPdf.TextPages(3);

        var result = _sut.Read(pdf[..(pdf.Length / 3)], CancellationToken.None);

        Assert.NotNull(result.Failure);
        Assert.StartsWith("damaged PDF: the file looks cut short (no %%EOF marker at the end); ", result.Failure, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Failure);
    }

    [Fact]
    public void Read_HeaderWithoutAnyStructure_FailsAsDamagedWithPdfPigsReason()
    {
        var result = _sut.Read(Encoding.ASCII.GetBytes("%PDF-1.4\nnothing here at all\n%%EOF\n"), CancellationToken.None);

        Assert.NotNull(result.Failure);
        Assert.StartsWith("damaged PDF: ", result.Failure, StringComparison.Ordinal);
        Assert.Contains("xref", result.Failure, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_EncryptedWithUnknownUserPassword_FailsAsPasswordProtected()
    {
        var objects = HandWrittenPdf.TextPages(["BT /F1 12 Tf 50 700 Td (Hemlig) Tj ET"]);
        objects.Add(EncryptDictionary);
        var trailer = $"/Encrypt {objects.Count} 0 R /ID [<0123456789ABCDEF0123456789ABCDEF><0123456789ABCDEF0123456789ABCDEF>]";

        var result = _sut.Read(HandWrittenPdf.Build(objects, trailer), CancellationToken.None);

        Assert.Equal("password-protected: the PDF needs a password to open; save an unprotected copy", result.Failure);
    }

    [Fact]
    public void FromException_EncryptedException_MapsToPasswordReason()
    {
        var reason = FailureReasons.FromException(new PdfDocumentEncryptedException("no password"), GeneratedPdf.TextPages(1));

        Assert.Equal(FailureReasons.Encrypted, reason);
    }

    [Fact]
    public void FromException_FormatExceptionWithNewlines_GivesOneDamagedLine()
    {
        var reason = FailureReasons.FromException(new PdfDocumentFormatException("bad\n  object\r\nstream"), GeneratedPdf.TextPages(1));

        Assert.Equal("damaged PDF: bad object stream", reason);
    }

    [Fact]
    public void Read_EveryPageBroken_FailsAsDamaged()
    {
        var objects = HandWrittenPdf.TextPages(["BT ET", "BT ET"], pageExtra: "/Rotate 45");

        var result = _sut.Read(HandWrittenPdf.Build(objects), CancellationToken.None);

        Assert.NotNull(result.Failure);
        Assert.StartsWith("damaged PDF: none of its 2 pages could be read (page 1 could not be read: ", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NullBytes_IsAProgrammerError()
    {
        Assert.Throws<ArgumentNullException>(() => _sut.Read(null!, CancellationToken.None));
    }
}
