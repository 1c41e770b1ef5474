using Kompass.Ingest.Extraction.Sections;

namespace Kompass.Ingest.Extraction.Tests.Sections;

public sealed class ItemTextJoinerTests
{
    private static readonly string[] KeepBefore = ["och", "eller"];

    private static (string, string) Line(string text) => (text.Split(' ')[0], text);

    private static string Join(params string[] lines)
        => ItemTextJoiner.Join(lines.Select(Line), w => w == "e-tjänster", KeepBefore);

    [Theory]
    [InlineData("Tydlig styrning", "Tydlig styrning")]
    [InlineData("Arbetet med kompetens-|försörjning är gott", "Arbetet med kompetensförsörjning är gott")]
    [InlineData("mål-|och resultatstyrning", "mål- och resultatstyrning")]
    [InlineData("fler KF-|sammanträden", "fler KF-sammanträden")]
    [InlineData("ut\u00AD|vecklingen", "utvecklingen")]
    [InlineData("en lista|som fortsätter", "en lista som fortsätter")]
    [InlineData("Norra-|Sverige", "Norra-Sverige")]
    public void Join_LinesOfAnItem_OneSpaceBetweenAndBrokenWordsMended(string lines, string expected)
        => Assert.Equal(expected, Join(lines.Split('|')));

    [Fact]
    public void Join_NoLines_IsEmpty() => Assert.Equal(string.Empty, Join());
}
