using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Questions;

namespace Kompass.Ingest.Extraction.Tests.Questions;

public sealed class ColumnRoleFinderBandTests
{
    [Fact]
    public void Band_CountsRowsAndPercentsAsDistinctAndCountDid()
    {
        var random = new Random(21);
        for (var table = 0; table < 200; table++)
        {
            var cluster = Enumerable.Range(0, random.Next(1, 10))
                .Select(_ => Run(random.Next(0, 5), random.Next(0, 3) == 0 ? "70 %" : "70", left: 300 + random.Next(0, 6)))
                .ToList();
            // Signs stand right of the numbers, within three em: beside every number of their row.
            var signs = Enumerable.Range(0, random.Next(0, 3)).Select(_ => Run(random.Next(0, 5), "%", left: 330)).ToList();

            var band = ColumnRoleFinder.Band(cluster, signs, em: 10);

            Assert.Equal(cluster.Select(r => r.Row).Distinct().Count(), band.Rows);
            Assert.Equal(cluster.Count(r => r.Number!.Value.IsPercent || signs.Exists(s => s.Row == r.Row)), band.Percents);
            Assert.Equal(cluster.Min(r => r.Box.Left), band.Left);
            Assert.Equal(cluster.Max(r => r.Box.Right), band.Right);
        }
    }

    // A run of one word at the given row's baseline (rows 20 points apart).
    private static WordRun Run(int row, string text, double left)
        => new(row, 1, [new Word(text, new BoundingBox(left, 700 - (20 * row), left + 15, 708 - (20 * row)), "Arial", 10, false)]);
}
