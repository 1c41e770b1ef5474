namespace Kompass.Ingest.Export.Tests;

public sealed class ContractTextTests
{
    [Theory]
    [InlineData("a  b", "a b")]
    [InlineData("  a\r\n\tb  ", "a b")]
    [InlineData("a\u00a0\u2009b", "a b")]
    [InlineData("a\u001cb", "a b")]
    [InlineData("", "")]
    [InlineData(" \n ", "")]
    public void Collapse_WhiteSpaceRuns_BecomeOneSpace(string text, string expected)
    {
        Assert.Equal(expected, ContractText.Collapse(text));
    }

    [Fact]
    public void CollapseToNull_OnlyWhiteSpace_IsNull()
    {
        Assert.Null(ContractText.CollapseToNull(" \t "));
    }
}
