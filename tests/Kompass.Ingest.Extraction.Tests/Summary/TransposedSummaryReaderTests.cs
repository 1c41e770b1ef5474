using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Lines;
using Kompass.Ingest.Extraction.Summary;

namespace Kompass.Ingest.Extraction.Tests.Summary;

public sealed class TransposedSummaryReaderTests
{
    private static readonly string[] Texts = ["Område", "71", "3,5", "–", "p", "2019", "och", "12345"];

    [Fact]
    public void AnyBandWithScores_AnyLines_IsWhetherSomeRowOfLinesHoldsThatManyScores()
    {
        var random = new Random(5);
        for (var page = 0; page < 1000; page++)
        {
            var lines = Enumerable.Range(0, random.Next(0, 12))
                .Select(_ => Line(random.Next(0, 4), Enumerable.Range(0, random.Next(0, 6)).Select(_ => Texts[random.Next(Texts.Length)])))
                .ToList();
            var count = random.Next(1, 7);
            var expected = lines.GroupBy(l => l.Row).Any(g => g.SelectMany(l => l.Words).Count(w => ScoreText.IsScore(w.Text)) >= count);

            Assert.Equal(expected, TransposedSummaryReader.AnyBandWithScores(lines, count));
        }
    }

    private static TextLine Line(int row, IEnumerable<string> texts)
    {
        var box = new BoundingBox(0, 0, 10, 10);
        return new TextLine(1, row, texts.Select(t => new Word(t, box, "F", 10, false)).ToList(), box, 10, false);
    }
}
