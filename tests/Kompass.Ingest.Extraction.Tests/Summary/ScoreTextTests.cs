using Kompass.Ingest.Extraction.Summary;

namespace Kompass.Ingest.Extraction.Tests.Summary;

public sealed class ScoreTextTests
{
    [Theory]
    [InlineData("71", true)]
    [InlineData(" 52,5 ", true)]
    [InlineData("52.25", true)]
    [InlineData("1234", true)]
    [InlineData("12345", false)]
    [InlineData("5,123", false)]
    [InlineData("71 p", false)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData("\u00A071\t", true)]
    [InlineData("p71", false)]
    [InlineData(",5", false)]
    public void IsScore_AgreesWithTryParse(string text, bool score)
    {
        Assert.Equal(score, ScoreText.IsScore(text));
        Assert.Equal(score, ScoreText.TryParse(text, out _));
    }
}
