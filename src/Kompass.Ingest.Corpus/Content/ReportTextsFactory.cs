using Kompass.Ingest.Corpus.Content.Lexicon;
using Kompass.Ingest.Domain.Frameworks;

namespace Kompass.Ingest.Corpus.Content;

/// <summary>Draws the texts of all eight areas of one report.</summary>
public static class ReportTextsFactory
{
    /// <summary>The texts of areas 1–8, in number order.</summary>
    public static IReadOnlyList<AreaTexts> Draw(ReportProfile profile, FrameworkCatalog catalog, Random random)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(random);
        var areas = new List<AreaTexts>();
        foreach (var definition in catalog.Areas.OrderBy(a => a.Number))
        {
            var topic = TopicMap.For(profile.Revision, definition.Number);
            var lexicon = Lexicons.For(topic);
            var findings = random.Chance(profile.FindingsShare);
            Func<string, string> wording = profile.IsRegion ? RegionWording.Apply : text => text;
            areas.Add(new AreaTexts
            {
                Number = definition.Number,
                Topic = topic,
                Names = AreaNames.Draw(definition, profile, random),
                Subheadings = SubheadingComposer.Compose(definition, random),
                General = random.Chance(profile.GeneralShare) ? GeneralTextComposer.Compose(lexicon, random).Select(wording).ToList() : [],
                Strengths = findings ? FindingComposer.Strengths(lexicon, random, StrengthCount(random)).Select(wording).ToList() : [],
                Improvements = findings ? FindingComposer.Improvements(lexicon, random, random.Between(1, 6)).Select(wording).ToList() : [],
            });
        }

        return areas;
    }

    // Most sections list three to six strengths; a few list two or eight.
    private static int StrengthCount(Random random) => random.Chance(0.8) ? random.Between(3, 6) : random.Pick([2, 7, 8]);
}
