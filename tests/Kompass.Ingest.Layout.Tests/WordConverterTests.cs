using Kompass.Ingest.Domain.Provenance;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Kompass.Ingest.Layout.Tests;

public sealed class WordConverterTests
{
    [Fact]
    public void Convert_HorizontalWordsOfMixedSizesAndWeights_GivePdfPigsWordTextAndBoxToTheLastBit()
    {
        var pdf = GeneratedPdf.OnePage((page, regular, bold) =>
        {
            page.AddText("Omrade 3: Delaktighet", 18, new PdfPoint(50, 780), bold);
            page.AddText("Poang 12 500 kr (75 %) - galler 2024/25", 9.5, new PdfPoint(50.25, 740.125), regular);
            page.AddText("gjyq", 11, new PdfPoint(333.3, 701.7), regular);
        });

        var (converted, references) = ConvertAll(pdf);

        Assert.Equal(references.Count, converted.Count);
        Assert.Equal(references, converted.Select(w => (w!.Value.Word.Text, w.Value.Word.Box)));
        Assert.All(converted, w => Assert.NotNull(w!.Value.Baseline));
    }

    [Theory]
    [InlineData("0 1 -1 0 300 400")]
    [InlineData("-1 0 0 -1 300 400")]
    [InlineData("0 -1 1 0 300 400")]
    [InlineData("0.8 0.6 -0.6 0.8 300 400")]
    public void Convert_TurnedText_GivesPdfPigsWordAndNoBaseline(string textMatrix)
    {
        var pdf = HandWrittenPdf.Build(HandWrittenPdf.TextPages([$"BT /F1 12 Tf {textMatrix} Tm (Kolumn rubrik) Tj ET"]));

        var (converted, references) = ConvertAll(pdf);

        Assert.Equal(references, converted.Select(w => (w!.Value.Word.Text, w.Value.Word.Box)));
        Assert.All(converted, w => Assert.Null(w!.Value.Baseline));
    }

    [Fact]
    public void Convert_OnlyADrawnSpace_GivesNull()
    {
        var pdf = GeneratedPdf.OnePage((page, regular, _) => page.AddText("a b", 10, new PdfPoint(50, 700), regular));
        using var document = PdfDocument.Open(pdf);
        var letters = document.GetPage(1).Letters;

        var sut = WordConverter.Convert(letters.Where(l => l.Value == " ").ToArray(), new FontWeights(document.Structure), new FontNameCache());

        Assert.Null(sut);
    }

    // Every visible word of the page converted, with what converting PdfPig's own word of the same
    // letters gives (the reader's way before it measured horizontal words itself).
    private static (List<PlacedWord?> Converted, List<(string, BoundingBox)> References) ConvertAll(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var groups = LetterWordGrouper.GetWords([.. document.GetPage(1).Letters]);
        var weights = new FontWeights(document.Structure);
        var converted = new List<PlacedWord?>();
        var references = new List<(string, BoundingBox)>();
        for (var i = 0; i < groups.Count; i++)
        {
            var reference = new Word(groups[i].ToArray());
            if (TextNormaliser.Normalise(reference.Text).Length > 0)
            {
                converted.Add(WordConverter.Convert(groups[i], weights, new FontNameCache()));
                references.Add((TextNormaliser.Normalise(reference.Text), Corners(reference.BoundingBox)));
            }
        }

        Assert.NotEmpty(references);
        return (converted, references);
    }

    private static BoundingBox Corners(PdfRectangle r)
    {
        double[] xs = [r.BottomLeft.X, r.BottomRight.X, r.TopLeft.X, r.TopRight.X];
        double[] ys = [r.BottomLeft.Y, r.BottomRight.Y, r.TopLeft.Y, r.TopRight.Y];
        return new BoundingBox(xs.Min(), ys.Min(), xs.Max(), ys.Max());
    }
}
