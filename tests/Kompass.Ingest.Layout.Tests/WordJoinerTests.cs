using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Layout.Tests;

public sealed class WordJoinerTests
{
    private const double Size = 10;
    private const double Baseline = 700;

    private readonly WordJoiner _sut = new(new LayoutReaderOptions());

    [Theory]
    [InlineData('\u2009')]
    [InlineData('\u202F')]
    [InlineData('\u00A0')]
    public void Join_DigitGroupsAroundADrawnSeparator_GivesOneWordWithAPlainSpace(char separator)
    {
        var words = new[] { Piece("12", 100, 110), Piece("500", 112, 127) };

        var joined = _sut.Join(words, [Space(separator, 110, 112)]);

        var word = Assert.Single(joined);
        Assert.Equal("12 500", word.Text);
        Assert.Equal(new BoundingBox(100, Baseline, 127, Baseline + 7), word.Box);
    }

    [Fact]
    public void Join_ThreeGroupsWithThinGapsAndNoGlyph_GivesOneNumber()
    {
        // 1.2 pt is a thin space against the fallback word space of 2.5 pt at 10 pt.
        var words = new[] { Piece("000", 106.2, 121.2), Piece("1", 100, 105), Piece("000", 122.4, 137.4) };

        var joined = _sut.Join(words, []);

        Assert.Equal("1 000 000", Assert.Single(joined).Text);
    }

    [Fact]
    public void Join_DigitGroupsAroundAWordSpace_StayApart()
    {
        var words = new[] { Piece("12", 100, 110), Piece("500", 112, 127) };

        var joined = _sut.Join(words, [Space(' ', 110, 112)]);

        Assert.Equal(["12", "500"], joined.Select(w => w.Text));
    }

    [Fact]
    public void Join_NumbersInNeighbouringTableColumns_StayApart()
    {
        // "10 15 65 %" where every gap is a column gap of two ems.
        var words = new[] { Piece("10", 100, 110), Piece("150", 130, 145), Piece("65", 165, 175), Piece("%", 177, 182) };

        var joined = _sut.Join(words, []);

        Assert.Equal(["10", "150", "65", "%"], joined.Select(w => w.Text));
    }

    [Fact]
    public void Join_SeparatorButColumnWideGap_StaysApart()
    {
        var words = new[] { Piece("10", 100, 110), Piece("150", 130, 145) };

        var joined = _sut.Join(words, [Space('\u00A0', 110, 113)]);

        Assert.Equal(2, joined.Count);
    }

    [Theory]
    [InlineData("2019", "100")] // a year then a count: four digits are not a leading group
    [InlineData("12", "50")] // two digits after the gap are not a thousands group
    [InlineData("12", "5000")]
    [InlineData("1.1", "100")] // a question id
    public void Join_NotAThousandsPattern_StaysApart(string left, string right)
    {
        var words = new[] { Piece(left, 100, 100 + (5 * left.Length)), Piece(right, 101 + (5 * left.Length), 101 + (5 * (left.Length + right.Length))) };

        var joined = _sut.Join(words, []);

        Assert.Equal(2, joined.Count);
    }

    [Fact]
    public void Join_DifferentSizeOrBaselineOrFont_StaysApart()
    {
        var words = new[]
        {
            Piece("12", 100, 110), Piece("500", 111, 126, size: 8),
            Piece("12", 200, 210), Piece("500", 211, 226, baseline: Baseline - 3),
            Piece("12", 300, 310), Piece("500", 311, 326, font: "Times"),
        };

        var joined = _sut.Join(words, []);

        Assert.Equal(6, joined.Count);
    }

    [Fact]
    public void Join_WordBrokenByKerning_ConcatenatesThePieces()
    {
        var words = new[] { Piece("Kommun", 100, 130), Piece("kompassen", 130.6, 175) };

        var joined = _sut.Join(words, [Space(' ', 175, 177.5)]);

        var word = Assert.Single(joined);
        Assert.Equal("Kommunkompassen", word.Text);
        Assert.Equal(100, word.Box.Left);
        Assert.Equal(175, word.Box.Right);
    }

    [Theory]
    [InlineData("1.1", "finns")] // a question id and its text
    [InlineData("Kommun", "Kompassen")] // a capital starts a new word
    public void Join_TightPiecesThatAreTwoWords_StayApart(string left, string right)
    {
        var words = new[] { Piece(left, 100, 120), Piece(right, 120.5, 150) };

        var joined = _sut.Join(words, []);

        Assert.Equal(2, joined.Count);
    }

    [Fact]
    public void Join_LetterPiecesWithASpaceDrawnBetween_StayApart()
    {
        var words = new[] { Piece("en", 100, 110), Piece("plan", 110.5, 130) };

        var joined = _sut.Join(words, [Space(' ', 110, 110.5)]);

        Assert.Equal(2, joined.Count);
    }

    [Fact]
    public void Join_GapOfAWordSpaceInTheFontsOwnWidth_StaysApart()
    {
        // The font's drawn spaces are 2 pt wide: a 1.5 pt gap is a (tight) word space, not kerning.
        var words = new[] { Piece("en", 100, 110), Piece("plan", 111.5, 130) };

        var joined = _sut.Join(words, [Space(' ', 300, 302), Space(' ', 310, 312)]);

        Assert.Equal(2, joined.Count);
    }

    [Fact]
    public void Join_RotatedWords_AreLeftAlone()
    {
        var words = new[] { new PlacedWord(Word("12", 100, 110), null), new PlacedWord(Word("500", 111, 126), null) };

        var joined = _sut.Join(words, []);

        Assert.Equal(2, joined.Count);
    }

    private static PlacedWord Piece(string text, double left, double right, double size = Size, double baseline = Baseline, string font = "Helvetica")
        => new(Word(text, left, right, size, baseline, font), baseline);

    private static Word Word(string text, double left, double right, double size = Size, double baseline = Baseline, string font = "Helvetica")
        => new(text, new BoundingBox(left, baseline, right, baseline + (0.7 * size)), font, size, IsBold: false);

    private static SpaceGlyph Space(char value, double left, double right) => new(value, left, right, Baseline, "Helvetica", Size);
}
