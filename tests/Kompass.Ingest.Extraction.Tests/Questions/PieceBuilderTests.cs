using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Questions;

namespace Kompass.Ingest.Extraction.Tests.Questions;

public sealed class PieceBuilderTests
{
    [Fact]
    public void Without_GivesWhatFilteringOutTheWordGave()
    {
        var id = Word("1.1");
        var twin = Word("1.1");
        IReadOnlyList<Word>[] lines = [[id, Word("Har"), Word("kommunen")], [Word("en"), twin], [id], [Word("plan")], [id, Word("x"), id]];

        foreach (var line in lines)
        {
            Assert.Equal(line.Where(w => !ReferenceEquals(w, id)), PieceBuilder.Without(line, id));
        }
    }

    [Fact]
    public void Without_LineWithoutTheWord_IsGivenAsItIs()
    {
        IReadOnlyList<Word> line = [Word("en"), Word("plan")];

        Assert.Same(line, PieceBuilder.Without(line, Word("en")));
    }

    private static Word Word(string text) => new(text, new BoundingBox(0, 0, 10, 8), "Arial", 8, false);
}
