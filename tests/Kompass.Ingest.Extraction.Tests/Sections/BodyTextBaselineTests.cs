using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Lines;
using Kompass.Ingest.Extraction.Sections;

namespace Kompass.Ingest.Extraction.Tests.Sections;

public sealed class BodyTextBaselineTests
{
    private static Word At(double bottom) => new("ord", new BoundingBox(0, bottom, 10, bottom + 8), "Arial", 8, false);

    private static TextLine LineOf(params Word[] words) => new(1, 0, words, new BoundingBox(0, 90, 100, 110), 8, false);

    [Fact]
    public void Baseline_OneWordLowered_IsTheMedianBottom()
    {
        var sut = BodyText.Baseline(LineOf(At(100), At(97.5), At(100.2)));

        Assert.Equal(100, sut);
    }

    [Fact]
    public void Baseline_EvenCount_IsTheUpperOfTheMiddleTwo()
    {
        var sut = BodyText.Baseline(LineOf(At(103), At(100), At(101), At(99)));

        Assert.Equal(101, sut);
    }

    [Fact]
    public void Baseline_NoWords_IsTheBoxBottom()
    {
        Assert.Equal(90, BodyText.Baseline(LineOf()));
    }
}
