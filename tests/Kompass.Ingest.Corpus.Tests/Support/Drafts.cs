using Kompass.Ingest.Corpus.Content;
using Kompass.Ingest.Corpus.Model;

namespace Kompass.Ingest.Corpus.Tests.Support;

/// <summary>Draws report drafts the way the scored families do, for content and injection tests.</summary>
internal static class Drafts
{
    public static ReportDraft Draw(ReportProfile profile, int seed, Func<ReportFacts, ReportFacts>? adjust = null)
    {
        var random = new Random(seed);
        var context = TestContext.With(seed);
        var catalog = TestContext.Catalog(profile.Revision);
        var set = catalog.QuestionSets.Single(s => s.Name == profile.QuestionSet);
        var municipality = profile.IsRegion
            ? MunicipalityNames.Region(random.Pick(context.Counties), profile.FirstYear, random)
            : MunicipalityNames.Official(random.Pick(context.Municipalities.Where(MunicipalityNames.IsDrawable).ToList()));
        var facts = ReportFactsFactory.Draw(profile, municipality, random.Between(profile.FirstYear, profile.LastYear), context.Municipalities, random);
        facts = adjust?.Invoke(facts) ?? facts;
        var title = TitleComposer.Compose(profile.TitleStyle, facts, random);
        return new ReportDraft(profile, set, facts, title, ScoreSheetFactory.Draw(set, facts, random), ReportTextsFactory.Draw(profile, catalog, random));
    }

    public static OfficialMunicipality Official(string code) => TestContext.With(0).Municipalities.Single(m => m.Code == code);
}
