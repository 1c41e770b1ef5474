using Kompass.Ingest.Extraction.Classification;

namespace Kompass.Ingest.Extraction.Tests.Classification;

public sealed class DocumentSignalExtractorRowTests
{
    private static readonly string[] Pieces = ["1.", "8.", "9.", "3", " ", "\u00A0", "\t", "Offentlighet", "och", "demokrati", "71", "55", "65%", "%", "10", "15", ".", "7,5", "..", "Totalt"];

    [Theory]
    [InlineData("1. Offentlighet och demokrati 71 55", true)]
    [InlineData("  8. Kommunen som arbetsgivare 40", true)]
    [InlineData("\u00A03. Styrning", true)]
    [InlineData("9. Nio", false)]
    [InlineData("1 Offentlighet", false)]
    [InlineData("Område 1. Offentlighet", false)]
    [InlineData("1", false)]
    [InlineData("", false)]
    public void OpensWithAreaNumber_TellsASummaryRowsOpening(string row, bool expected)
        => Assert.Equal(expected, DocumentSignalExtractor.OpensWithAreaNumber(row));

    [Fact]
    public void RowChecks_AnyRows_LetGoOnlyRowsThePatternsWouldNotMatch()
    {
        var random = new Random(17);
        for (var round = 0; round < 5000; round++)
        {
            var row = string.Join(random.Next(0, 2) == 0 ? " " : string.Empty, Enumerable.Range(0, random.Next(0, 7)).Select(_ => Pieces[random.Next(Pieces.Length)]));

            if (!DocumentSignalExtractor.OpensWithAreaNumber(row))
            {
                Assert.False(SignalPatterns.SummaryRow().IsMatch(row), row);
            }

            if (!row.Contains('%', StringComparison.Ordinal))
            {
                Assert.False(SignalPatterns.ScoreTriple().IsMatch(row), row);
            }
        }
    }

    [Fact]
    public void AreaNumbers_AnyText_CountsTheDistinctNumbersTheMatchesCapture()
    {
        string[] pieces = ["Område", "område", "OMRÅDE", "3", "8", "9", " ", "\n", "Områden", "x", "1", "10", "3."];
        var random = new Random(17);
        for (var round = 0; round < 3000; round++)
        {
            var text = string.Join(random.Next(0, 2) == 0 ? " " : string.Empty, Enumerable.Range(0, random.Next(0, 10)).Select(_ => pieces[random.Next(pieces.Length)]));

            var old = SignalPatterns.AreaSection().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).Count();
            Assert.Equal(old, DocumentSignalExtractor.AreaNumbers(text));
        }
    }
}
