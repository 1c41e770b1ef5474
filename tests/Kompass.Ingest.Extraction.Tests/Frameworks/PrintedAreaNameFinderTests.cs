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
}
