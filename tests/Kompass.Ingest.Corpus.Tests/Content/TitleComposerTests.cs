using Kompass.Ingest.Corpus.Content;
using Kompass.Ingest.Corpus.Families;
using Kompass.Ingest.Corpus.Tests.Support;
using Kompass.Ingest.Corpus.Truth;

namespace Kompass.Ingest.Corpus.Tests.Content;

public sealed class TitleComposerTests
{
    [Fact]
    public void Compose_Caps_HasNoYearAndItsTextAlwaysStatesOne()
    {
        for (var seed = 0; seed < 40; seed++)
        {
            var draft = Drafts.Draw(ScoredProfiles.AnalysisCaps, seed);

            Assert.StartsWith("KOMMUNKOMPASSEN ANALYS AV ", draft.Title, StringComparison.Ordinal);
            Assert.Null(PrintedYears.TitleYear(draft.Title));
            Assert.Equal(draft.Facts.Year, draft.Facts.TextYear);
        }
    }

    [Fact]
    public void Compose_SeedStyleWithMonthInTitle_PrintsMonthAndYearInCapitals()
    {
        var facts = Drafts.Draw(ScoredProfiles.Analysis2016, 1).Facts with { Month = 2, MonthInTitle = true, Year = 2017 };
        var vallentuna = MunicipalityNames.Official(Drafts.Official("0115"));

        var titles = Enumerable.Range(0, 20).Select(i => TitleComposer.Compose(TitleStyle.Seed2014, facts with { Municipality = vallentuna }, new Random(i))).ToList();

        Assert.Contains("KommunKompassen VALLENTUNA KOMMUN FEBRUARI 2017", titles);
    }

    [Fact]
    public void Compose_Rapport2002WithVisitDays_EndsWithTheVisitSpan()
    {
        var draft = Enumerable.Range(0, 60).Select(s => Drafts.Draw(ScoredProfiles.Analysis2002, s)).First(d => d.Facts.VisitStart is { } start && d.Facts.VisitEnd != start);

        Assert.Matches(@" \d{1,2}( \p{L}+)?–\d{1,2} \p{L}+ 20\d\d$", draft.Title);
        Assert.Equal(draft.Facts.Year, PrintedYears.TitleYear(draft.Title));
    }
}
