using System.Security.Cryptography;
using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Tests;

public sealed class PdfCanvasTests
{
    [Fact]
    public void Save_SameDrawing_SameBytes()
    {
        var first = Draw();
        var second = Draw();

        Assert.Equal(SHA256.HashData(first), SHA256.HashData(second));
    }

    [Fact]
    public void Save_SwedishText_WritesAPdf()
    {
        var bytes = Draw();

        Assert.True(bytes.Length > 500);
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
    }

    private static byte[] Draw()
    {
        using var sut = new PdfCanvas();
        var flow = new FlowWriter(sut, PageMargins.Report);
        flow.NewPage();
        flow.Heading("Område 2 Tillgänglighet och brukarorientering", new FontSpec("DejaVu Sans", 14, Bold: true));
        flow.Bullet("Förbättringsområden för Åre, Älvdalen och Örnsköldsvik", new FontSpec("DejaVu Serif", 10), "•");
        return sut.Save();
    }
}
