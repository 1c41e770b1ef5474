using Kompass.Ingest.TestKit;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Writer;

namespace Kompass.Ingest.Layout.Tests;

public sealed class LetterWordGrouperTests
{
    [Fact]
    public void GetWords_GlyphsPlacedOneByOne_JoinsCloseOnesAndSplitsAtAGapOfAFifthOfTheSize()
    {
        // 10 pt letters placed without space characters: a gap under 2 pt joins, 4 pt splits.
        var letters = LettersOf((page, font) =>
        {
            var x = 50.0;
            foreach (var (text, gapAfter) in new[] { ("K", 0.5), ("o", 0.5), ("m", 4.0), ("m", 0.2), ("u", 0.0), ("n", 0.0) })
            {
                var placed = page.AddText(text, 10, new PdfPoint(x, 700), font);
                x = placed[^1].EndBaseLine.X + gapAfter;
            }
        });

        var words = WordsOf(LetterWordGrouper.GetWords(letters));

        Assert.Equal(["Kom", "mun"], words.Select(w => w.Text));
    }

    [Fact]
    public void GetWords_ADrawnSpaceBetweenTwoLetters_KeepsThemApart()
    {
        var letters = LettersOf((page, font) => page.AddText("a b", 10, new PdfPoint(50, 700), font));

        var words = WordsOf(LetterWordGrouper.GetWords(letters));

        Assert.Equal(["a", " ", "b"], words.Select(w => w.Text));
    }

    [Fact]
    public void GetWords_APageOfMixedSizesLinesAndGaps_GivesPdfPigsNearestNeighbourWordsInTheirOrder()
    {
        var letters = LettersOf((page, font) =>
        {
            page.AddText("Styrkor och forbattringsomraden", 24, new PdfPoint(50, 780), font);
            for (var line = 0; line < 12; line++)
            {
                page.AddText($"Fraga {line + 1}.{line % 4}   poang {line * 7 % 11}/{10 + line}   {line * 9}%", 9 + (line % 3), new PdfPoint(50 + (line % 2 * 3), 740 - (line * 11.5)), font);
            }

            var x = 60.0;
            foreach (var digit in "12 500 kr")
            {
                var placed = page.AddText(digit.ToString(), 8, new PdfPoint(x, 500), font);
                x = placed[^1].EndBaseLine.X + (digit == ' ' ? 1.5 : 0.1);
            }
        });
        var reference = new NearestNeighbourWordExtractor(new NearestNeighbourWordExtractor.NearestNeighbourWordExtractorOptions { MaxDegreeOfParallelism = 1 });

        var words = WordsOf(LetterWordGrouper.GetWords(letters));

        Assert.Equal(
            reference.GetWords(letters).Select(w => (w.Text, w.BoundingBox.Left, w.BoundingBox.Bottom)),
            words.Select(w => (w.Text, w.BoundingBox.Left, w.BoundingBox.Bottom)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void GetWords_TextDrawnOutOfReadingOrderAndOverprinted_GivesPdfPigsNearestNeighbourWordsInTheirOrder(bool glyphFarOffThePage)
    {
        // Lines drawn bottom-up with their words right to left (rows of the grid out of column
        // order), a line drawn twice a hair apart (ties and near misses for the nearest letter) and
        // words placed glyph by glyph; with a glyph far off the page, the grid has far more rows than letters.
        var letters = LettersOf((page, font) =>
        {
            for (var line = 0; line < 6; line++)
            {
                var y = 600 + (line * 12);
                page.AddText("ord", 10, new PdfPoint(200, y), font);
                page.AddText("andra", 10, new PdfPoint(120, y), font);
                page.AddText("forsta", 10, new PdfPoint(50, y), font);
            }

            page.AddText("fetstil 12 500", 11, new PdfPoint(50, 500), font);
            page.AddText("fetstil 12 500", 11, new PdfPoint(50.2, 500.1), font);
            if (glyphFarOffThePage)
            {
                page.AddText("x", 9, new PdfPoint(300, 90000), font);
            }

            var x = 50.0;
            foreach (var (text, gapAfter) in new[] { ("a", 0.0), ("b", 1.9), ("c", 2.1), ("d", 0.0) })
            {
                var placed = page.AddText(text, 10, new PdfPoint(x, 400), font);
                x = placed[^1].EndBaseLine.X + gapAfter;
            }
        });
        var reference = new NearestNeighbourWordExtractor(new NearestNeighbourWordExtractor.NearestNeighbourWordExtractorOptions { MaxDegreeOfParallelism = 1 });

        var words = WordsOf(LetterWordGrouper.GetWords(letters));

        Assert.Equal(
            reference.GetWords(letters).Select(w => (w.Text, w.BoundingBox.Left, w.BoundingBox.Bottom)),
            words.Select(w => (w.Text, w.BoundingBox.Left, w.BoundingBox.Bottom)));
    }

    [Fact]
    public void GetWords_EveryPageOfTheSampleArchive_GivesPdfPigsNearestNeighbourWordsInTheirOrder()
    {
        // The same letter objects in the same words in the same order, page by page: the grid search
        // must find exactly the nearest letter PdfPig's k-d tree finds, on real reports.
        var reference = new NearestNeighbourWordExtractor(new NearestNeighbourWordExtractor.NearestNeighbourWordExtractorOptions { MaxDegreeOfParallelism = 1 });
        var pages = 0;
        foreach (var file in Directory.EnumerateFiles(SampleArchive.Folder(), "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var document = TryOpen(file);
            for (var number = 1; number <= (document?.NumberOfPages ?? 0); number++)
            {
                if (TryLetters(document!, number) is not { } letters)
                {
                    continue;
                }

                using var groups = LetterWordGrouper.GetWords(letters);
                var expected = reference.GetWords(letters).Select(w => w.Letters.ToArray()).ToList();

                Assert.True(expected.Count == groups.Count, $"{Path.GetFileName(file)} page {number}: {groups.Count} words, PdfPig {expected.Count}");
                for (var i = 0; i < groups.Count; i++)
                {
                    Assert.True(groups[i].SequenceEqual(expected[i], ReferenceEqualityComparer.Instance), $"{Path.GetFileName(file)} page {number}: word {i} differs");
                }

                pages++;
            }
        }

        Assert.True(pages > 0, "no pages in the sample archive");
    }

    [Fact]
    public void GetWords_NoLetters_GivesNoWords()
    {
        Assert.Equal(0, LetterWordGrouper.GetWords([]).Count);
    }

    // PdfPig's words of the groups, to compare text and boxes with its own extractor.
    private static List<Word> WordsOf(LetterGroups groups)
        => Enumerable.Range(0, groups.Count).Select(i => new Word(groups[i].ToArray())).ToList();

    // The archive holds damaged, encrypted and hostile files too, to test how reading fails: those
    // are refused as the reader refuses them, or fail in PdfPig, and have no words to compare.
    private static PdfDocument? TryOpen(string file)
    {
        var pdf = File.ReadAllBytes(file);
        if ((FileSignature.NotPdfReason(pdf) ?? ObjectGraphCheck.Check(pdf) ?? StreamSizeCheck.Check(pdf)) is not null)
        {
            return null;
        }

        try
        {
            return PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (Exception)
        {
            return null;
        }
    }

    private static Letter[]? TryLetters(PdfDocument document, int number)
    {
        try
        {
            return [.. document.GetPage(number).Letters];
        }
        catch (Exception)
        {
            return null;
        }
    }

    private static Letter[] LettersOf(Action<PdfPageBuilder, PdfDocumentBuilder.AddedFont> draw)
    {
        var pdf = GeneratedPdf.OnePage((page, regular, _) => draw(page, regular));
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPage(1).Letters];
    }
}
