using Kompass.Ingest.Pipeline.Search;

namespace Kompass.Ingest.Pipeline.Tests.Search;

public sealed class SwedishTermsTests
{
    [Theory]
    [InlineData("medborgardialog")]
    [InlineData("Medborgardialogen")]
    [InlineData("MEDBORGARDIALOGER")]
    [InlineData("medborgardialogerna")]
    public void Of_WordFormsAndCase_MeetInOneTerm(string word)
        => Assert.Equal(SwedishTerms.Of("medborgardialog"), SwedishTerms.Of(word));

    [Fact]
    public void Of_KeepsÅÄÖAsLettersOfTheirOwn()
    {
        Assert.NotEqual(SwedishTerms.Of("får"), SwedishTerms.Of("far"));
        Assert.Equal(SwedishTerms.Of("Återkoppling"), SwedishTerms.Of("återkoppling"));
    }

    [Fact]
    public void Of_LeavesOutStopWordsAndRepeats()
    {
        Assert.Empty(SwedishTerms.Of("och att för"));
        Assert.Single(SwedishTerms.Of("Mål och mål"));
    }
}
