using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Lines;
using Kompass.Ingest.Extraction.Sections;

namespace Kompass.Ingest.Extraction.Tests.Sections;

public sealed class SectionLabelsTests
{
    private static readonly string[] Words =
        ["Styrkor", "STYRKOR:", "Styrelsen", "S", "s:", "Po", "Poäng", "POÄNG:", "poängen", "71", "av", "100", "Resultat:", "Rubriker", "Ru", "–", "-",
         "Förbättringsområden:", "För", "Fö", "kommunen", "Starka", "sidor", "St", "\u00A0", "Allmänna", "kommentarer:", "Tydlig", "styrmodell", "ÖVRIGT", "Ωmega"];

    private readonly SectionLabels _sut = new(new AreaSectionOptions());

    private static TextLine Line(params string[] words)
        => new(1, 0, words.Select(w => new Word(w, new BoundingBox(0, 0, 10, 10), "Arial", 10, false)).ToList(), new BoundingBox(0, 0, 10, 10), 10, false);

    [Theory]
    [InlineData("Styrkor", "Strengths")]
    [InlineData("Starka sidor:", "Strengths")]
    [InlineData("Rubriker", "Subheadings")]
    [InlineData("Poäng: 71", "Score")]
    [InlineData("71 poäng", "Score")]
    [InlineData("Styrelsen beslutade", null)]
    [InlineData("Kommunen har", null)]
    public void KindOf_Line_ReadsItsLabel(string text, string? expected)
        => Assert.Equal(expected, _sut.KindOf(Line(text.Split(' ')))?.ToString());

    [Fact]
    public void CannotBeLabel_AnyLine_LetsGoOnlyLinesTheFullReadingFindsNoLabelIn()
    {
        var random = new Random(17);
        var rejected = 0;
        for (var round = 0; round < 5000; round++)
        {
            var line = Line(Enumerable.Range(0, random.Next(1, 5)).Select(_ => Words[random.Next(Words.Length)]).ToArray());

            if (_sut.CannotBeLabel(line.Text))
            {
                rejected++;
                Assert.Null(_sut.Read(line).Kind);
            }
        }

        Assert.True(rejected > 0);
    }
}
