using Kompass.Ingest.Corpus.Families;

namespace Kompass.Ingest.Corpus.Tests.Families;

public sealed class PmMemoFamilyTests
{
    [Fact]
    public void Generate_SameSeed_SameBytesAndPaths()
    {
        var sut = new PmMemoFamily();

        var first = sut.Generate(TestCorpusContext.Create(7), 3).ToList();
        var second = sut.Generate(TestCorpusContext.Create(7), 3).ToList();

        Assert.Equal(first.Select(i => i.RelativePath), second.Select(i => i.RelativePath));
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First.Bytes, pair.Second.Bytes));
    }

    [Fact]
    public void Generate_Memos_AreValidPmTruthsForDistinctMunicipalities()
    {
        var sut = new PmMemoFamily();

        var items = sut.Generate(TestCorpusContext.Create(), 6).ToList();

        Assert.All(items, item => TruthAssert.ValidUnscored(item.Truth!, "pm"));
        Assert.All(items, item => Assert.Equal("kommunkompassen-pm", item.Truth!.DocumentType));
        var named = items.Where(i => i.Truth!.Municipality is not null).ToList();
        Assert.Equal(5, named.Count);
        Assert.Equal(named.Count, named.Select(i => i.Truth!.Municipality!.Code).Distinct().Count());
        Assert.All(named, item =>
        {
            Assert.StartsWith("Utvärdering enligt Kommunkompassen i ", item.Truth!.Title, StringComparison.Ordinal);
            Assert.NotNull(item.Truth.Year);
            Assert.NotNull(item.Truth.ReportDate);
        });
    }

    [Fact]
    public void Generate_TwoOrMore_LastIsTheTemplateWithoutMunicipalityYearOrDate()
    {
        var sut = new PmMemoFamily();

        var template = sut.Generate(TestCorpusContext.Create(), 2).Last().Truth!;

        Assert.Equal("Utvärdering enligt Kommunkompassen i xxxxx kommun", template.Title);
        Assert.Null(template.Municipality);
        Assert.Null(template.Year);
        Assert.Null(template.Month);
        Assert.Null(template.ReportDate);
        Assert.Empty(template.Evaluators);
    }

    [Fact]
    public void Generate_Memo_PrintsTitleDateMonthAndEvaluatorsAsTheTruthSays()
    {
        var sut = new PmMemoFamily();
        var items = sut.Generate(TestCorpusContext.Create(3), 8).Where(i => i.Truth!.Municipality is not null).ToList();

        foreach (var item in items)
        {
            var truth = item.Truth!;
            var (text, exit) = Poppler.Text(item.Bytes);
            var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

            Assert.Equal(0, exit);
            Assert.Contains(truth.Title!, flat, StringComparison.Ordinal);
            Assert.Contains(truth.ReportDate!, flat, StringComparison.Ordinal);
            Assert.Contains("PM", flat, StringComparison.Ordinal);
            Assert.DoesNotContain("Poäng", flat, StringComparison.Ordinal);
            Assert.All(truth.Evaluators, name => Assert.Contains(name, flat, StringComparison.Ordinal));
            if (truth.Month is { } month)
            {
                var monthName = System.Globalization.CultureInfo.GetCultureInfo("sv-SE").DateTimeFormat.GetMonthName(month);
                Assert.Contains($"genomförs i {monthName} {truth.Year}", flat, StringComparison.Ordinal);
            }
            else
            {
                Assert.Matches($"genomförs under (hösten|våren) {truth.Year}", flat);
            }
        }

        Assert.Contains(items, i => i.Truth!.Month is null);
        Assert.Contains(items, i => i.Truth!.Month is not null);
    }
}
