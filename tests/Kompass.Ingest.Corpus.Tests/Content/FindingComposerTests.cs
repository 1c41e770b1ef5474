using Kompass.Ingest.Corpus.Content;
using Kompass.Ingest.Corpus.Content.Lexicon;

namespace Kompass.Ingest.Corpus.Tests.Content;

public sealed class FindingComposerTests
{
    [Theory]
    [InlineData(Topic.Democracy)]
    [InlineData(Topic.Employer)]
    [InlineData(Topic.Community)]
    public void StrengthsAndImprovements_ManyDraws_AreVariedAndBetweenThreeAndFortyWords(Topic topic)
    {
        var random = new Random(5);
        var lexicon = Lexicons.For(topic);

        var items = Enumerable.Range(0, 400).Select(i => i % 2 == 0 ? FindingComposer.Strength(lexicon, random) : FindingComposer.Improvement(lexicon, random)).ToList();

        Assert.All(items, item => Assert.InRange(item.Split(' ').Length, FindingComposer.MinWords, FindingComposer.MaxWords));
        Assert.True(items.Distinct().Count() > 360, "items repeat too often");
        Assert.Contains(items, i => i.Contains('(', StringComparison.Ordinal));
        Assert.Contains(items, i => i.EndsWith('.'));
        Assert.Contains(items, i => i.Split(' ').Length > 20);
        Assert.All(items, i => Assert.True(char.IsUpper(i[0]), i));
    }

    [Fact]
    public void Strengths_ForOneArea_AreDistinct()
    {
        var sut = FindingComposer.Strengths(Lexicons.For(Topic.UserFocus), new Random(9), 8);

        Assert.Equal(8, sut.Distinct().Count());
    }

    [Fact]
    public void Strength_WithAgreement_UsesTheRightAdjectiveForm()
    {
        var lexicon = Lexicons.For(Topic.Democracy) with { Terms = [new Term("ungdomsråd", Gender.Neuter)] };
        var random = new Random(2);

        var items = Enumerable.Range(0, 200).Select(_ => FindingComposer.Strength(lexicon, random)).ToList();

        Assert.DoesNotContain(items, i => i.Contains("Tydlig ungdomsråd", StringComparison.Ordinal) || i.Contains("Etablerad ungdomsråd", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Contains("ungdomsråd", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Topic.Steering)]
    [InlineData(Topic.Improvement)]
    public void StrengthsAndImprovements_ManyDraws_SomeNameNoTermAndSomeUseSharedWords(Topic topic)
    {
        var random = new Random(11);
        var lexicon = Lexicons.For(topic);

        var items = Enumerable.Range(0, 400).Select(i => i % 2 == 0 ? FindingComposer.Strength(lexicon, random) : FindingComposer.Improvement(lexicon, random)).ToList();

        var withoutTerm = items.Count(i => !lexicon.Terms.Any(t => i.Contains(t.Text, StringComparison.OrdinalIgnoreCase)));
        Assert.InRange(withoutTerm, 80, 320);
        Assert.Contains(items, i => i.Contains("strategi", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(items, i => i.Contains("samverkan", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(items, i => i.Contains("mål", StringComparison.OrdinalIgnoreCase));
    }
}
