using Kompass.Ingest.Extraction.Frameworks;
using Kompass.Ingest.Extraction.Tests.Questions;
using Kompass.Ingest.TestKit.Layout;

namespace Kompass.Ingest.Extraction.Tests.Frameworks;

public sealed class PrintedAreaNameFinderTests
{
    [Fact]
    public void Find_HeadingsRowsAndLabels_NumberAndNameOfEach()
    {
        var layout = new LayoutBuilder().Page(p => p
            .Text("Område 4 Ledarskap, ansvar och delegation", 57, 760, 12, bold: true)
            .Text("2. Samhällsutveckling", 57, 740, 10).Text("57", 400, 740, 10)
            .Text("1.1 Finns en strategi för samspelet?", 57, 720, 10)
            .Text("9 Vad är Kommunkompassen och hur används den i kommunerna när man vill utvecklas?", 57, 700, 10))
            .Build();

        var names = PrintedAreaNameFinder.Find(QuestionAssert.Lines(layout), maxArea: 8, maxWords: 10);

        Assert.Equal([new PrintedAreaName(4, "Ledarskap, ansvar och delegation"), new PrintedAreaName(2, "Samhällsutveckling")], names);
    }

    [Theory]
    [InlineData("Område 4 Ledarskap", true)]
    [InlineData("  2. Samhällsutveckling", true)]
    [InlineData("Område:4 Ledarskap", false)]
    [InlineData("Kommunen har 4 områden", false)]
    [InlineData("Område", false)]
    [InlineData("", false)]
    public void OpensWithNumber_Line_TellsANumberFirstOrAfterOneWord(string text, bool expected)
        => Assert.Equal(expected, PrintedAreaNameFinder.OpensWithNumber(text));

    [Fact]
    public void OpensWithNumber_AnyLine_LetsGoOnlyLinesTheHeadingPatternWouldNotRead()
    {
        string[] pieces = ["Område", "område:", "4", "12", " ", "\u00A0", "\t", ".", "Ledarskap", "och", "Ω", "\u0663", "-", "1.1"];
        var random = new Random(17);
        for (var round = 0; round < 5000; round++)
        {
            var text = string.Join(random.Next(0, 2) == 0 ? " " : string.Empty, Enumerable.Range(0, random.Next(0, 6)).Select(_ => pieces[random.Next(pieces.Length)]));

            if (!PrintedAreaNameFinder.OpensWithNumber(text))
            {
                Assert.False(Kompass.Ingest.Extraction.Questions.QuestionIdText.TryParseHeading(text, out _, out _), text);
            }
        }
    }
}
