using System.Text;
using System.Text.RegularExpressions;
using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Tests.Families.Unscored;

public sealed class PdfDamageTests
{
    [Fact]
    public void CorruptCrossReference_Offsets_NoLongerPointAtObjects()
    {
        var pdf = Sample();

        var sut = PdfDamage.CorruptCrossReference(pdf, 9);

        var text = Encoding.Latin1.GetString(sut);
        var offsets = Regex.Matches(text[text.LastIndexOf("\nxref\n", StringComparison.Ordinal)..], @"(?m)^(\d{10}) 00000 n").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(offsets);
        Assert.All(offsets, offset => Assert.DoesNotMatch(@"^\d+ 0 obj", text[offset..]));
        Assert.Equal(pdf.Length, sut.Length);
        Assert.Contains("Kvalitetspolicy", Poppler.Text(sut).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncateInFirstPage_Result_EndsBeforeAnyPageContent()
    {
        var sut = PdfDamage.TruncateInFirstPage(Sample());

        var text = Encoding.Latin1.GetString(sut);
        Assert.EndsWith("/Type/Page", text, StringComparison.Ordinal);
        Assert.DoesNotContain("stream", text, StringComparison.Ordinal);
    }

    private static byte[] Sample()
    {
        using var canvas = new PdfCanvas();
        var flow = new FlowWriter(canvas, PageMargins.Report);
        flow.NewPage();
        flow.Heading("Kvalitetspolicy", new FontSpec("Liberation Sans", 14, Bold: true));
        flow.NewPage();
        flow.Paragraph("Antagen av kommunfullmäktige", new FontSpec("Liberation Serif", 10));
        return canvas.Save();
    }
}
