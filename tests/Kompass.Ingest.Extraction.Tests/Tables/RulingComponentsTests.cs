using Kompass.Ingest.Extraction.Tables.Lattice;

namespace Kompass.Ingest.Extraction.Tests.Tables;

public sealed class RulingComponentsTests
{
    [Fact]
    public void Find_ManySegments_TheGroupsEveryPairTestedGives()
    {
        var random = new Random(7);
        Segment Line(bool horizontal)
        {
            var from = random.Next(0, 500);
            return new Segment(horizontal, random.Next(0, 600) + (random.NextDouble() / 2), from, from + random.Next(5, 120));
        }

        var horizontal = Enumerable.Range(0, 80).Select(_ => Line(true)).ToList();
        var vertical = Enumerable.Range(0, 60).Select(_ => Line(false)).ToList();

        var sut = RulingComponents.Find(horizontal, vertical, 1.5);

        var expected = EveryPair(horizontal, vertical, 1.5);
        Assert.True(expected.Count > 1);
        Assert.Equal(expected.Count, sut.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Horizontal, sut[i].Horizontal);
            Assert.Equal(expected[i].Vertical, sut[i].Vertical);
        }
    }

    // The groups as testing every horizontal segment against every vertical one gives them.
    private static List<(List<Segment> Horizontal, List<Segment> Vertical)> EveryPair(List<Segment> horizontal, List<Segment> vertical, double tolerance)
    {
        var group = Enumerable.Range(0, horizontal.Count + vertical.Count).ToArray();
        for (var h = 0; h < horizontal.Count; h++)
        {
            for (var v = 0; v < vertical.Count; v++)
            {
                if (horizontal[h].Crosses(vertical[v], tolerance))
                {
                    var (from, to) = (group[h], group[horizontal.Count + v]);
                    for (var i = 0; i < group.Length; i++)
                    {
                        group[i] = group[i] == from ? to : group[i];
                    }
                }
            }
        }

        return Enumerable.Range(0, group.Length)
            .GroupBy(i => group[i])
            .Select(g => (g.Where(i => i < horizontal.Count).Select(i => horizontal[i]).ToList(), g.Where(i => i >= horizontal.Count).Select(i => vertical[i - horizontal.Count]).ToList()))
            .Where(c => c.Item1.Count > 0 && c.Item2.Count > 0)
            .ToList();
    }
}
