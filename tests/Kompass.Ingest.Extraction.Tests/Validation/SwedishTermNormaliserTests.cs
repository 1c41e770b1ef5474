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

    [Fact]
    public void Stems_RunningText_LowerCasesSplitsAndDropsFunctionWords()
    {
        var stems = SwedishTermNormaliser.Stems("Vård- och omsorgsnämnden följer upp ÄLDREOMSORGEN i KF");

        Assert.Equal(["vård", "omsorgsnämnd", "följ", "äldreomsorg"], stems);
    }
}
