using Kompass.Ingest.Extraction.Validation;

namespace Kompass.Ingest.Extraction.Tests.Validation;

public sealed class SwedishTermNormaliserTests
{
    [Theory]
    [InlineData("kommun", "kommun")]
    [InlineData("kommunens", "kommun")]
    [InlineData("kommunerna", "kommun")]
    [InlineData("politiska", "politisk")]
    [InlineData("politiskt", "politisk")]
    [InlineData("uppföljning", "uppfölj")]
    [InlineData("uppföljningen", "uppfölj")]
    [InlineData("hälsa", "häls")]
    [InlineData("mål", "mål")]
    public void Stem_InflectedWord_SharesTheStemOfItsBaseForm(string word, string stem)
    {
        Assert.Equal(stem, SwedishStemmer.Stem(word));
    }

    // AreaTermProfiles relies on it: a compound's part whose first letters no known word shares
    // is not stemmed at all, nor is any beginning of a word none of whose beginnings is known.
    [Theory]
    [InlineData("medborgardialogerna")]
    [InlineData("uppföljningarna")]
    [InlineData("tillgänglighetens")]
    [InlineData("löst")]
    [InlineData("fullt")]
    [InlineData("kommunledningens")]
    [InlineData("ärendehanteringen")]
    [InlineData("brukarundersökningarnas")]
    [InlineData("vägledande")]
    [InlineData("effektivt")]
    public void Stem_AnyWord_IsABeginningOfTheWord(string word)
    {
        Assert.StartsWith(SwedishStemmer.Stem(word), word, StringComparison.Ordinal);
    }

    // HeadingMentions relies on it: it tells words apart by their first MinStemLength letters.
    [Theory]
    [InlineData("ades")]
    [InlineData("aren")]
    [InlineData("arna")]
    [InlineData("ens")]
    [InlineData("ast")]
    [InlineData("lig")]
    [InlineData("ningarna")]
    [InlineData("eddt")]
    public void Stems_AnyWord_HaveAtLeastTheMinimumLength(string word)
    {
        Assert.All(SwedishTermNormaliser.Stems(word), s => Assert.True(s.Length >= SwedishTermNormaliser.MinStemLength, s));
    }

    [Fact]
    public void Stems_WithHeads_GivesWordsBegunOtherwiseAsEmpty()
    {
        var heads = new HashSet<string>(["oms", "äld"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        var stems = SwedishTermNormaliser.Stems("Vård- och omsorgsnämnden följer upp ÄLDREOMSORGEN i KF", heads);

        Assert.Equal(["", "omsorgsnämnd", "", "äldreomsorg"], stems);
    }

    [Fact]
    public void Stems_RunningText_LowerCasesSplitsAndDropsFunctionWords()
    {
        var stems = SwedishTermNormaliser.Stems("Vård- och omsorgsnämnden följer upp ÄLDREOMSORGEN i KF");

        Assert.Equal(["vård", "omsorgsnämnd", "följ", "äldreomsorg"], stems);
    }
}
