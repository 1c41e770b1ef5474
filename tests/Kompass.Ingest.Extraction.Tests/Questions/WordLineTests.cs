using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Questions;

namespace Kompass.Ingest.Extraction.Tests.Questions;

public sealed class WordLineTests
{
    private static Word At(string text, double left, double bottom)
        => new(text, new BoundingBox(left, bottom, left + 10, bottom + 8), "Arial", 8, false);

    [Fact]
    public void Group_WordsInAnyOrder_GivesLinesTopDownAndWordsLeftToRight()
    {
        Word[] words = [At("2", 60, 100), At("1.1", 0, 120), At("Har", 20, 120), At("70", 80, 100), At("1.2", 0, 100)];

        var sut = WordLine.Group(words, 2);

        Assert.Equal(["1.1 Har", "1.2 2 70"], sut.Select(l => l.Text));
    }

    [Fact]
    public void Group_WordPrintedTwiceAtOnePlace_KeepsTheirOrder()
    {
        // A text layer may draw a word twice at the same place (a fake bold): equal words keep the order they came in.
        Word[] words = [At("b", 20, 100), At("first", 0, 100), At("second", 0, 100)];

        var sut = WordLine.Group(words, 2);

        Assert.Equal(["first", "second", "b"], sut.Single().Words.Select(w => w.Text));
    }

    [Fact]
    public void Key_Sorted_GivesWhatOrderByFallingCentreThenLeftGives()
    {
        var random = new Random(11);
        var keys = Enumerable.Range(0, 500).Select(i => new WordLine.Key(random.Next(0, 20) / 2.0, random.Next(0, 20) / 2.0, i, 0)).ToArray();
        var expected = keys.OrderByDescending(k => k.CentreY).ThenBy(k => k.Left).ToArray();

        Array.Sort(keys);

        Assert.Equal(expected, keys);
    }
}
