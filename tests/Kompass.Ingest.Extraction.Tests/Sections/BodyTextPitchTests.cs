using Kompass.Ingest.Extraction.Sections;

namespace Kompass.Ingest.Extraction.Tests.Sections;

public sealed class BodyTextPitchTests
{
    [Fact]
    public void CommonestPerSize_Tie_IsTheSmallerGap()
    {
        var sut = BodyText.CommonestPerSize([(10, 12.1), (10, 12.0), (10, 12.1), (10, 12.0), (12, 14.4)]);

        Assert.Equal(12.0, sut[10]);
        Assert.Equal(14.4, sut[12]);
    }

    [Fact]
    public void CommonestPerSize_AnyGaps_AgreesWithGroupingAndOrdering()
    {
        var random = new Random(17);
        for (var round = 0; round < 500; round++)
        {
            var gaps = Enumerable.Range(0, random.Next(0, 30)).Select(_ => (Size: 9 + (random.Next(0, 4) * 0.5), Gap: 10 + (random.Next(0, 6) * 0.1))).ToList();

            var old = gaps.GroupBy(g => g.Size)
                .ToDictionary(g => g.Key, g => g.GroupBy(x => x.Gap).OrderByDescending(x => x.Count()).ThenBy(x => x.Key).First().Key);

            Assert.Equal(old.OrderBy(p => p.Key), BodyText.CommonestPerSize(gaps).OrderBy(p => p.Key));
        }
    }
}
