using Kompass.Ingest.Extraction.Summary;

namespace Kompass.Ingest.Extraction.Tests.Summary;

public sealed class SummaryAreaResolverTests
{
    [Fact]
    public void DistinctAreas_CountsAsDistinctOverTheKnownAreasDid()
    {
        var random = new Random(9);
        for (var table = 0; table < 300; table++)
        {
            var areas = Enumerable.Range(0, random.Next(0, 12)).Select(_ => random.Next(0, 3) == 0 ? (int?)null : random.Next(1, 9)).ToList();

            Assert.Equal(areas.OfType<int>().Distinct().Count(), SummaryAreaResolver.DistinctAreas(areas));
        }
    }
}
