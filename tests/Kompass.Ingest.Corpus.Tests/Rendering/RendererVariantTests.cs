using Kompass.Ingest.Corpus.Rendering;

namespace Kompass.Ingest.Corpus.Tests.Rendering;

public sealed class RendererVariantTests
{
    public static TheoryData<string> Cases => RendererCase.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_NoSummaryAndAreaThreeLeftOut_MapsSectionScoresAndPrintsNothingOfAreaThree(string name)
    {
        var @case = RendererCase.Get(name);
        var full = @case.Report().WithoutSummary().Build();
        var report = full with { Areas = full.Areas.Where(a => a.Number != 3).ToList() };
        var left = full.Areas.Single(a => a.Number == 3);

        var sut = @case.RenderSample(report);

        Assert.Equal(string.Empty, sut.Text.Errors);
        Assert.Equal([1, 2, 4, 5, 6, 7, 8], sut.Result.AreaScorePages.Keys.Order());
        Assert.DoesNotContain(sut.Result.QuestionPages.Keys, id => id.StartsWith("3.", StringComparison.Ordinal));
        Assert.False(WordSequence.ContainsExactly(sut.Text.Words, left.SectionName), "area 3 is printed");
        Assert.DoesNotContain("TOTALT", sut.Text.Words);
        Assert.DoesNotContain("Totalt", sut.Text.Words);
        foreach (var area in report.Areas)
        {
            var page = sut.Result.AreaScorePages[area.Number];
            Assert.Contains(SwedishFormat.Score(area.SectionScore!.Value), sut.Text.PageWords(page));
            Assert.True(WordSequence.Contains(sut.Text.PageWords(page), area.SectionName, 2), $"area {area.Number} section not on page {page}");
        }
    }
}
