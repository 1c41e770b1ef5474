using System.Text;
using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Lines;
using Kompass.Ingest.Extraction.Metadata;

namespace Kompass.Ingest.Extraction.Tests.Metadata;

public sealed class TextStreamTests
{
    private static readonly string[] Words = ["utvärde-", "ringen", "Kalmar-", "Landstinget", "-", "a-", "och", "", "Genomfördes", "2017."];

    private static TextLine Line(int page, int row, double size, bool bold, params string[] words)
        => new(page, row, words.Select(w => new Word(w, new BoundingBox(0, 0, 10, 10), "Arial", size, bold)).ToList(), new BoundingBox(10, 700 - (row * 12), 200, 710 - (row * 12)), size, bold);

    // What the stream joined before it wrote into a pooled buffer: a string builder, the same rules.
    private static (string Text, List<int> Breaks) Old(IReadOnlyList<TextLine> lines, bool keepLineBreaks)
    {
        var text = new StringBuilder();
        var breaks = new List<int>();
        TextLine? previous = null;
        foreach (var line in lines)
        {
            var startsBlock = previous is not null && (previous.Page != line.Page || (previous.Row != line.Row
                && (Math.Abs(previous.FontSize - line.FontSize) > 0.75 || previous.IsBold != line.IsBold
                    || previous.Box.Bottom - line.Box.Top > Math.Max(previous.Box.Height, line.Box.Height))));
            if (previous is not null)
            {
                var hyphenated = !keepLineBreaks && text.Length > 1 && text[^1] == '-' && char.IsLetter(text[^2]) && line.Text.Length > 0 && char.IsLower(line.Text[0]);
                if (hyphenated)
                {
                    text.Length--;
                }
                else
                {
                    text.Append(keepLineBreaks ? '\n' : ' ');
                }
            }

            if (startsBlock)
            {
                breaks.Add(text.Length);
            }

            text.Append(line.Text);
            previous = line;
        }

        return (text.ToString(), breaks);
    }

    [Fact]
    public void Of_HyphenatedWord_IsJoined()
        => Assert.Equal("utvärderingen Kalmar- Landstinget", TextStream.Of([Line(1, 0, 10, false, "utvärde-"), Line(1, 1, 10, false, "ringen", "Kalmar-"), Line(1, 2, 10, false, "Landstinget")]).Text);

    [Fact]
    public void Of_AnyLines_JoinsAsTheStringBuilderDid()
    {
        var random = new Random(17);
        for (var round = 0; round < 1000; round++)
        {
            var lines = Enumerable.Range(0, random.Next(0, 8))
                .Select(n => Line(1 + random.Next(0, 2), n, random.Next(0, 2) == 0 ? 10 : 12, random.Next(0, 4) == 0,
                    Enumerable.Range(0, random.Next(0, 3)).Select(_ => Words[random.Next(Words.Length)]).ToArray()))
                .ToList();
            var keep = random.Next(0, 2) == 0;

            var stream = TextStream.Of(lines, keep);

            var (text, breaks) = Old(lines, keep);
            Assert.Equal(text, stream.Text);
            Assert.Equal(breaks, Enumerable.Range(0, text.Length + 2).Where(stream.IsBlockStart));
        }
    }
}
