using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Summary;

namespace Kompass.Ingest.Extraction.Tests.Summary;

public sealed class AreaNameMatcherTests
{
    // Every catalog name, its first words (a label wrapped onto a second line), a misspelling and lines that name no area.
    private static List<string> Labels()
    {
        var names = PartRunner.Catalogs.SelectMany(c => c.Areas.SelectMany(a => a.AllNames)).ToList();
        var labels = new List<string> { "", "Totalt", "Medel", "Kommunens resultat 2019", "och" };
        foreach (var name in names)
        {
            var words = name.Split(' ');
            labels.Add(name);
            labels.Add(string.Join(' ', words.Take(2)));
            labels.Add(string.Join(' ', words.Take(words.Length - 1)));
            labels.Add(name.Replace('e', 'a'));
        }

        return labels;
    }

    [Fact]
    public void MatchNameOrStartNormalised_AnyLabel_IsTheNameMatchElseTheStartMatch()
    {
        var remembering = new AreaNameMatcher(PartRunner.Catalogs);
        var fresh = new AreaNameMatcher(PartRunner.Catalogs);
        FrameworkRevision?[] revisions = [null, .. remembering.Revisions.Cast<FrameworkRevision?>()];

        // Asked twice: the second answer comes from what the first found.
        for (var round = 0; round < 2; round++)
        {
            foreach (var label in Labels())
            {
                var normalised = AreaNameText.Normalise(label);
                foreach (var revision in revisions)
                {
                    var expected = fresh.MatchNormalised(normalised, revision) ?? fresh.MatchStartNormalised(normalised, revision);

                    Assert.Equal(expected, remembering.MatchNameOrStartNormalised(normalised, revision));
                }
            }
        }
    }
}
