using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Domain.Review;

namespace Kompass.Ingest.Pipeline.Tests.Review;

public sealed class FlagIdsTests
{
    [Fact]
    public void ForDocument_DependsOnWhatTheFlagIsAboutNotOnItsMessage()
    {
        var before = FlagIds.ForDocument("ab", [Flag(3, "rows add up to 81.5, the summary says 76")]);
        var after = FlagIds.ForDocument("ab", [Flag(3, "rows add up to 80, the summary says 76")]);

        Assert.Equal(before, after);
        Assert.NotEqual(before, FlagIds.ForDocument("cd", [Flag(3, "x")]));
        Assert.NotEqual(before, FlagIds.ForDocument("ab", [Flag(4, "x")]));
    }

    [Fact]
    public void ForDocument_TwoFlagsOfOneKey_GetDifferentIds()
    {
        var ids = FlagIds.ForDocument("ab", [Flag(null, "a"), Flag(null, "b")]);

        Assert.Equal(2, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[0-9a-f]{10}$", id));
    }

    private static Flag Flag(int? area, string message) => new(FlagCodes.QuestionSumMismatch, FlagSeverity.Warning, area, null, message, []);
}
