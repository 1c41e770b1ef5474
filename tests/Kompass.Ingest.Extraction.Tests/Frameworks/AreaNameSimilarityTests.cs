using Kompass.Ingest.Extraction.Frameworks;

namespace Kompass.Ingest.Extraction.Tests.Frameworks;

public sealed class AreaNameSimilarityTests
{
    [Theory]
    [InlineData("Kommunen som arbetsgivare – personalpolitik", "Kommunen som arbetsgivare, personalpolitik", 1.0)]
    [InlineData("KOMMUNEN SOM SAMHÄLLSBYGGARE", "Kommunen som samhällsbyggare", 1.0)]
    [InlineData("Tillgänglighet och", "Tillgänglighet och brukarorientering", 0.8)]
    [InlineData("Samhällsutveckling", "Kommunen som samhällsbyggare", 0.0)]
    public void Of_TwoNames_ComparesTheirWords(string printed, string known, double expected)
        => Assert.Equal(expected, AreaNameSimilarity.Of(printed, known), 3);

    [Fact]
    public void Of_NoWords_IsZero()
        => Assert.Equal(0, AreaNameSimilarity.Of("1.", "Offentlighet och demokrati"));

    [Fact]
    public void Best_SeveralKnownNames_IsTheHighestOfTheirSimilarities()
    {
        string[] known = ["Kommunen som samhällsbyggare", "Tillgänglighet och brukarorientering", "Tillgänglighet"];

        var sut = AreaNameSimilarity.Best("Tillgänglighet och", known);

        Assert.Equal(known.Max(k => AreaNameSimilarity.Of("Tillgänglighet och", k)), sut, 12);
        Assert.Equal(0.8, sut, 3);
    }

    [Fact]
    public void Best_NoKnownName_IsZero()
        => Assert.Equal(0, AreaNameSimilarity.Best("Tillgänglighet", []));

    [Fact]
    public void WordsOf_AnyText_AgreesWithSplittingAtNonLetters()
    {
        const string alphabet = "aÅöZ é1 ,–\u00A0-.İ";
        var random = new Random(17);
        for (var round = 0; round < 2000; round++)
        {
            var name = new string(Enumerable.Range(0, random.Next(0, 16)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            var old = new string(Kompass.Ingest.Extraction.Normalisation.LowerCase.Swedish(name).Select(c => char.IsLetter(c) ? c : ' ').ToArray())
                .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

            Assert.True(old.SetEquals(AreaNameSimilarity.WordsOf(name)), name);
        }
    }
}
