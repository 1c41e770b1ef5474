using Kompass.Ingest.Corpus.Rendering;

namespace Kompass.Ingest.Corpus.Tests.Rendering;

public sealed class RendererPageMapTests
{
    public static TheoryData<string> Cases => RendererCase.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_FullReport_WritesAPdfPopplerReadsWithoutErrors(string name)
    {
        var sut = RendererCase.Sample(name);

        Assert.Equal("%PDF"u8.ToArray(), sut.Result.Bytes[..4]);
        Assert.Equal(string.Empty, sut.Text.Errors);
        Assert.Equal(sut.Result.PageCount, sut.Text.Pages.Count);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_FullReport_MapsEveryAreaToAPageShowingItsScore(string name)
    {
        var sut = RendererCase.Sample(name);

        Assert.Equal(sut.Report.Areas.Select(a => a.Number).Order(), sut.Result.AreaScorePages.Keys.Order());
        foreach (var area in sut.Report.Areas)
        {
            var page = sut.Result.AreaScorePages[area.Number];
            Assert.InRange(page, 1, sut.Result.PageCount);
            var score = SwedishFormat.Score(area.SummaryScore ?? area.SectionScore!.Value);
            Assert.Contains(score, sut.Text.PageWords(page).Select(w => w.Replace("%", string.Empty, StringComparison.Ordinal)));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_FullReport_MapsEveryQuestionRowToThePageOfItsId(string name)
    {
        var sut = RendererCase.Sample(name);
        var questions = sut.Report.Areas.SelectMany(a => a.Questions).ToList();

        Assert.Equal(questions.Select(q => q.Id).Order(), sut.Result.QuestionPages.Keys.Order());
        foreach (var question in questions)
        {
            var page = sut.Result.QuestionPages[question.Id];
            Assert.InRange(page, 1, sut.Result.PageCount);
            Assert.Contains(question.Id, sut.Text.PageWords(page));
        }

        if (questions.Count > 0)
        {
            Assert.True(sut.Result.QuestionPages.Values.Min() >= sut.Result.AreaScorePages.Values.Max(), "question rows come after the summary");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_SameSeed_SameBytes(string name)
    {
        var @case = RendererCase.Get(name);
        var report = @case.Report().Build();

        var first = @case.Renderer().Render(report, new Random(RendererCase.Seed));

        Assert.Equal(RendererCase.Sample(name).Result.Bytes, first.Bytes);
    }
}
