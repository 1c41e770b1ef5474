using System.Text;
using Kompass.Ingest.Domain.Layout;

namespace Kompass.Ingest.Layout.Tests;

public sealed class PdfLayoutReaderRepairTests
{
    private readonly PdfLayoutReader _sut = new();

    [Fact]
    public void Read_StartXrefPointingPastTheEnd_RecoversPagesAndWarns()
    {
        var text = Encoding.Latin1.GetString(GeneratedPdf.TextPages(3));
        var garbled = text[..text.LastIndexOf("startxref", StringComparison.Ordinal)] + "startxref\n999999\n%%EOF\n";

        var layout = ReadOk(Encoding.Latin1.GetBytes(garbled));

        Assert.Equal(3, layout.Pages.Count);
        Assert.Contains(layout.Pages[2].Words, w => w.Text == "3");
        var warning = Assert.Single(layout.Warnings);
        Assert.StartsWith("damaged cross-reference table: startxref points past the end of the file (byte 999999 of ", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ObjectOffsetsShifted_RecoversPagesAndWarns()
    {
        var text = Encoding.Latin1.GetString(GeneratedPdf.TextPages(2));
        var xref = text.LastIndexOf("\nxref", StringComparison.Ordinal);
        var garbled = text[..xref] + ShiftOffsets(text[xref..]);

        var layout = ReadOk(Encoding.Latin1.GetBytes(garbled));

        Assert.Equal(2, layout.Pages.Count);
        Assert.Contains(layout.Warnings, w => w.StartsWith("damaged cross-reference table: ", StringComparison.Ordinal) && w.Contains("object offsets are wrong", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_IntactPdf_HasNoCrossReferenceWarning()
    {
        var layout = ReadOk(GeneratedPdf.TextPages(2));

        Assert.Empty(layout.Warnings);
    }

    [Fact]
    public void Read_OneBrokenPage_KeepsTheOthersWithTheirNumbersAndWarns()
    {
        var objects = HandWrittenPdf.TextPages(
            ["BT /F1 12 Tf 50 700 Td (Ett) Tj ET", "BT /F1 12 Tf 50 700 Td (Tva) Tj ET", "BT /F1 12 Tf 50 700 Td (Tre) Tj ET"]);
        objects[3] = objects[3].Replace("/Contents", "/Rotate 45 /Contents", StringComparison.Ordinal); // page 2

        var layout = ReadOk(HandWrittenPdf.Build(objects));

        Assert.Equal([1, 3], layout.Pages.Select(p => p.Number));
        Assert.Equal("Tre", Assert.Single(layout.Pages[1].Words).Text);
        var warning = Assert.Single(layout.Warnings);
        Assert.StartsWith("page 2 could not be read: ", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFont_RecordsPdfPigsWarning()
    {
        var objects = HandWrittenPdf.TextPages(["BT /F1 12 Tf 50 700 Td (Hej) Tj ET", "BT /F9 12 Tf 50 700 Td (Borta) Tj ET"]);

        var layout = ReadOk(HandWrittenPdf.Build(objects));

        Assert.Equal(2, layout.Pages.Count);
        Assert.Empty(layout.Pages[1].Words);
        Assert.Contains(layout.Warnings, w => w.StartsWith("PdfPig: ", StringComparison.Ordinal) && w.Contains("/F9", StringComparison.Ordinal));
    }

    // Adds 3 to every in-use offset of the last table, keeping each entry 20 bytes long.
    private static string ShiftOffsets(string table)
        => System.Text.RegularExpressions.Regex.Replace(
            table,
            @"(?m)^(\d{10}) (\d{5}) n",
            m => $"{long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 3:D10} {m.Groups[2].Value} n");

    private DocumentLayout ReadOk(byte[] pdf)
    {
        var result = _sut.Read(pdf, CancellationToken.None);
        Assert.True(result.Failure is null, result.Failure);
        return result.Layout!;
    }
}
