using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Lines;
using Kompass.Ingest.Extraction.Sections;

namespace Kompass.Ingest.Extraction.Tests.Sections;

public sealed class AreaHeadingFinderRowTests
{
    private static readonly string[] Texts = ["71", "55,5", "–", "12%", "Styrning", "3", "och", "1000"];

    private static TextLine Line(int page, int row, params string[] words)
        => new(page, row, words.Select(w => new Word(w, new BoundingBox(0, 0, 10, 10), "Arial", 10, false)).ToList(), new BoundingBox(0, 0, 10, 10), 10, false);

    [Fact]
    public void SharesRowWithBareNumbers_TableRow_IsTrue()
    {
        List<TextLine> lines = [Line(1, 0, "Inledning"), Line(1, 4, "3.", "Styrning"), Line(1, 4, "71", "55"), Line(2, 4, "Text")];

        Assert.True(AreaHeadingFinder.SharesRowWithBareNumbers(lines, 1));
    }

    [Fact]
    public void SharesRowWithBareNumbers_NumbersOnAnotherPagesRow_IsFalse()
    {
        List<TextLine> lines = [Line(1, 4, "3.", "Styrning"), Line(2, 4, "71", "55")];

        Assert.False(AreaHeadingFinder.SharesRowWithBareNumbers(lines, 0));
    }

    [Fact]
    public void SharesRowWithBareNumbers_ManyBodies_AgreesWithLookingAtEveryLine()
    {
        var random = new Random(17);
        for (var round = 0; round < 300; round++)
        {
            var page = 1;
            var lines = new List<TextLine>();
            for (var n = random.Next(1, 30); n > 0; n--)
            {
                page += random.Next(0, 4) == 0 ? 1 : 0;
                var words = Enumerable.Range(0, random.Next(1, 3)).Select(_ => Texts[random.Next(Texts.Length)]).ToArray();
                lines.Add(Line(page, random.Next(0, 4), words));
            }

            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                var old = lines.Any(l => l.Page == line.Page && l.Row == line.Row && !ReferenceEquals(l, line)
                    && l.Words.All(w => System.Text.RegularExpressions.Regex.IsMatch(w.Text, @"^(?:\d{1,4}(?:[,.]\d{1,2})?%?|[-\u2013])$")));
                Assert.Equal(old, AreaHeadingFinder.SharesRowWithBareNumbers(lines, i));
            }
        }
    }
}
