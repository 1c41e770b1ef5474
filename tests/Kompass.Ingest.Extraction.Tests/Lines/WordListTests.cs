using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Tests.Lines;

public sealed class WordListTests
{
    private static Word At(string text, double left, double bottom, double right, double top)
        => new(text, new BoundingBox(left, bottom, right, top), "Arial", 10, false);

    [Fact]
    public void Text_SeveralWords_JoinsWithSingleSpacesAsStringJoinDoes()
    {
        Word[] words = [At("Har", 0, 0, 10, 10), At("kommunen", 12, 0, 40, 10), At(string.Empty, 41, 0, 42, 10), At("70 %", 50, 0, 60, 10)];

        var sut = WordList.Text(words);

        Assert.Equal(string.Join(' ', words.Select(w => w.Text)), sut);
        Assert.Equal("Har kommunen  70 %", sut);
    }

    [Fact]
    public void Text_OneOrNoWord_IsThatWordOrEmpty()
    {
        Assert.Equal("ord", WordList.Text([At("ord", 0, 0, 1, 1)]));
        Assert.Equal(string.Empty, WordList.Text([]));
    }

    [Theory]
    [InlineData("Har kommunen  70 %", true)]
    [InlineData("Har kommunen 70 %", false)]
    [InlineData("Har kommunen  70 %.", false)]
    [InlineData("Har kommunen  70 !", false)]
    [InlineData("Har_kommunen  70 %", false)]
    [InlineData("", false)]
    public void TextEquals_AsTheJoinedTextComparesOrdinally(string text, bool expected)
    {
        Word[] words = [At("Har", 0, 0, 10, 10), At("kommunen", 12, 0, 40, 10), At(string.Empty, 41, 0, 42, 10), At("70 %", 50, 0, 60, 10)];

        Assert.Equal(expected, WordList.TextEquals(words, text));
        Assert.Equal(WordList.Text(words) == text, WordList.TextEquals(words, text));
        Assert.True(WordList.TextEquals([], string.Empty));
    }

    [Fact]
    public void Box_Words_IsTheUnionOfTheirBoxes()
    {
        Word[] words = [At("a", 5, 2, 9, 12), At("b", 1, 4, 3, 20), At("c", 10, 0, 30, 8)];

        var sut = WordList.Box(words);

        Assert.Equal(new BoundingBox(1, 0, 30, 20), sut);
        Assert.Equal(BoundingBox.UnionOf(words.Select(w => w.Box)), sut);
    }

    [Fact]
    public void Box_NoWord_IsNull()
    {
        Assert.Null(WordList.Box([]));
    }
}
