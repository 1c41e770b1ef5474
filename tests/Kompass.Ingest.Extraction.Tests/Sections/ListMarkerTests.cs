using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Sections;

namespace Kompass.Ingest.Extraction.Tests.Sections;

public sealed class ListMarkerTests
{
    private static readonly string[] Texts = ["•", "•Tydlig", "-", "-tal", "1.", "a)", "(3)", "o", "Tydlig", "styrning", "✓", "\uF0B7", "12", ""];

    private static Word Word(string text) => new(text, new BoundingBox(0, 0, 10, 10), "Arial", 10, false);

    [Fact]
    public void IsMarked_AnyWords_TellsWhatStripTells()
    {
        // The list splitter asks IsMarked of every line and strips only an item's first line.
        var random = new Random(17);
        for (var round = 0; round < 2000; round++)
        {
            var words = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Word(Texts[random.Next(Texts.Length)])).ToList();

            Assert.Equal(ListMarker.Strip(words).IsMarker, ListMarker.IsMarked(words));
        }
    }

    [Fact]
    public void OpensWithMarkerWord_AnyWords_TellsWhetherStripTakesAWholeWord()
    {
        // The block splitter asked Strip whether it took one word away, building the lists to count them.
        var random = new Random(17);
        for (var round = 0; round < 2000; round++)
        {
            var words = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Word(Texts[random.Next(Texts.Length)])).ToList();

            var (marked, rest) = ListMarker.Strip(words);
            Assert.Equal(marked && rest.Count == words.Count - 1, ListMarker.OpensWithMarkerWord(words));
        }
    }
}
