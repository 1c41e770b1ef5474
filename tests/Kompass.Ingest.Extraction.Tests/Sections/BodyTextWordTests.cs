using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Furniture;
using Kompass.Ingest.Extraction.Lines;
using Kompass.Ingest.Extraction.Normalisation;
using Kompass.Ingest.Extraction.Sections;

namespace Kompass.Ingest.Extraction.Tests.Sections;

public sealed class BodyTextWordTests
{
    private static readonly string[] Words = ["Kompetens-försörjning", "kompetensförsörjning", "E-tjänster", "mål-", "Mål", "KF-sammanträden", "-", "och", "ÖVERSIKT", "Ωmega-Δ", "x"];

    private static TextLine Line(int row, params string[] words)
        => new(1, row, words.Select(w => new Word(w, new BoundingBox(0, 0, 10, 10), "Arial", 10, false)).ToList(), new BoundingBox(0, 700 - (row * 12), 100, 710 - (row * 12)), 10, false);

    [Fact]
    public void HasWord_AnyQuestion_AnswersAsTheSetOfEveryWordInLowerCase()
    {
        var random = new Random(17);
        for (var round = 0; round < 100; round++)
        {
            var lines = Enumerable.Range(0, random.Next(1, 6))
                .Select(r => Line(r, Enumerable.Range(0, random.Next(1, 4)).Select(_ => Words[random.Next(Words.Length)]).ToArray()))
                .ToList();
            var body = BodyText.Build([new PageLines(new PageLayout(1, 600, 800, [], [], 0), lines)], FurnitureResult.None, _ => false);

            var every = lines.SelectMany(l => l.Words).Select(w => LowerCase.Invariant(w.Text)).ToHashSet(StringComparer.Ordinal);
            foreach (var question in Words.Concat(["kompetens-Försörjning", "e-TJÄNSTER", "ωmega-δ", "saknas-ord"]))
            {
                Assert.Equal(every.Contains(LowerCase.Invariant(question)), body.HasWord(question));
            }
        }
    }
}
