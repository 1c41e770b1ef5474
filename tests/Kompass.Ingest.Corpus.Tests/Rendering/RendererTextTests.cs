namespace Kompass.Ingest.Corpus.Tests.Rendering;

public sealed class RendererTextTests
{
    // Room for a page's furniture between two words of an item broken over a page, or for a
    // table row's numbers beside a wrapped question.
    private const int MaxGap = 12;

    public static TheoryData<string> Cases => RendererCase.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_FullReport_PrintsTheTitleFirstAndWhole(string name)
    {
        var sut = RendererCase.Sample(name);

        Assert.True(WordSequence.ContainsExactly(sut.Text.PageWords(1), sut.Report.Title), sut.Text.Pages[0]);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_FullReport_PrintsEveryFindingSubheadingAndQuestionExactly(string name)
    {
        var sut = RendererCase.Sample(name);
        var words = sut.Text.Words;
        var expected = sut.Report.Areas
            .SelectMany(a => a.Strengths.Concat(a.Improvements).Concat(a.Subheadings).Append(a.SectionName))
            .Concat(sut.Report.Areas.SelectMany(a => a.Questions).Select(q => q.Text))
            .ToList();

        var missing = expected.Where(e => !WordSequence.Contains(words, e, MaxGap)).ToList();

        Assert.True(missing.Count == 0, "not found: " + string.Join(" | ", missing));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_FullReport_PrintsEvaluatorsAndTheEvaluationYear(string name)
    {
        var sut = RendererCase.Sample(name);
        var words = sut.Text.Words;
        var text = string.Join(' ', words);

        Assert.All(sut.Report.Evaluators, e => Assert.Contains(e.Name, text, StringComparison.Ordinal));
        Assert.True(WordSequence.Contains(words, $"genomfördes {sut.Report.Year}", 4), "genomfördes … year");
    }
}
