using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Learning.Data;

namespace Kompass.Ingest.Learning.Tests;

public sealed class LabelledItemsParserTests
{
    [Fact]
    public void Parse_CommentsBlankLinesAndTwoItems_TheTwoItems()
    {
        const string text = "# revision\tarea\tlist\ttheme\ttext\n\n2010\t1\tstrength\tDialog och medborgarmedverkan\tÖppna dialogmöten\r\n2020\t8\timprovement\t\tStärk chefernas mandat\n";

        var sut = LabelledItemsParser.Parse(text, out var error);

        Assert.Null(error);
        Assert.Equal(
            [
                new LabelledItem(FrameworkRevision.Rev2010, 1, true, "Dialog och medborgarmedverkan", "Öppna dialogmöten"),
                new LabelledItem(FrameworkRevision.Rev2020, 8, false, null, "Stärk chefernas mandat"),
            ],
            sut);
    }

    [Theory]
    [InlineData("2010\t9\tstrength\t\tText", "line 2: area")]
    [InlineData("2010\t1\tstyrka\t\tText", "line 2: list")]
    [InlineData("2011\t1\tstrength\t\tText", "line 2: revision")]
    [InlineData("2010\t1\tstrength\tText", "line 2: 4 tab-separated columns")]
    [InlineData("2010\t1\tstrength\t\t ", "line 2: the text is empty")]
    public void Parse_BadLine_NoItemsAndTheLineAndReason(string line, string reason)
    {
        var sut = LabelledItemsParser.Parse("# header\n" + line + "\n", out var error);

        Assert.Null(sut);
        Assert.StartsWith(reason, error, StringComparison.Ordinal);
    }
}
