namespace Kompass.Ingest.Storage.Tests;

public sealed class FiltersTests
{
    [Fact]
    public void Equal_TwoValues_GiveOneExpressionText()
    {
        // LiteDB compiles and keeps code per distinct expression text: the value must not be in it.
        var first = Filters.Equal("sha256", new string('a', 64));
        var second = Filters.Equal("sha256", new string('b', 64));

        Assert.Equal(first.Source, second.Source);
        Assert.NotEqual(first.Parameters["0"], second.Parameters["0"]);
    }

    [Fact]
    public void Equal_TwoFields_GiveOneExpressionTextWithBothValuesAsParameters()
    {
        var filter = Filters.Equal("sha256", "abc", "scope", "document");

        Assert.DoesNotContain("abc", filter.Source, StringComparison.Ordinal);
        Assert.Equal(("abc", "document"), (filter.Parameters["0"].AsString, filter.Parameters["1"].AsString));
    }
}
