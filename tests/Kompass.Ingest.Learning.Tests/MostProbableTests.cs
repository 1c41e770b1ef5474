using Kompass.Ingest.Learning.Models;

namespace Kompass.Ingest.Learning.Tests;

/// <summary>TextClassifier.MostProbable chooses as ordering by probability, descending, then by name (ordinal) did.</summary>
public sealed class MostProbableTests
{
    [Fact]
    public void MostProbable_EqualProbabilities_TakesTheOrdinallyFirstName()
    {
        var sut = new Dictionary<string, double>(StringComparer.Ordinal) { ["b"] = 0.4, ["a"] = 0.4, ["B"] = 0.2 };

        Assert.Equal("a", TextClassifier.MostProbable(sut).Key);
    }

    [Fact]
    public void MostProbable_NaNFirst_TakesTheHighestNumber()
    {
        var sut = new Dictionary<string, double>(StringComparer.Ordinal) { ["a"] = double.NaN, ["b"] = 0.1, ["c"] = 0.3 };

        Assert.Equal("c", TextClassifier.MostProbable(sut).Key);
    }

    [Fact]
    public void MostProbable_AgreesWithTheSort_OnMixedValues()
    {
        var sut = new Dictionary<string, double>(StringComparer.Ordinal) { ["z"] = 0.25, ["Ä"] = 0.25, ["a"] = 0.25, ["m"] = 0.1, ["n"] = double.NaN, ["A"] = 0.15 };
        var sorted = sut.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First();

        Assert.Equal(sorted, TextClassifier.MostProbable(sut));
    }
}
