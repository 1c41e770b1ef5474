using Kompass.Ingest.Domain.Layout;

namespace Kompass.Ingest.Extraction.Tables.Text;

/// <summary>The text of a cell: words of one line joined with a space, lines joined with a newline.</summary>
internal static class CellText
{
    /// <summary>Joins lines that are already known (each list is one printed line), top to bottom.</summary>
    public static string Compose(IEnumerable<IEnumerable<Word>> lines)
        => ComposeInOrder(lines.Select(l => (IReadOnlyList<Word>)[.. l.OrderBy(w => w.Box.Left)]));

    /// <summary>As <see cref="Compose"/>, for lines whose words are left to right already.</summary>
    public static string ComposeInOrder(IEnumerable<IReadOnlyList<Word>> lines)
        => string.Join('\n', lines.Select(Lines.WordList.Text).Where(t => t.Length > 0));

    /// <summary>Groups loose words into lines by their vertical centres first (lattice cells).</summary>
    public static string FromWords(IReadOnlyList<Word> words, double lineTolerance)
    {
        // Most cells of a ruled grid are empty or hold one word: neither needs grouping into lines.
        switch (words.Count)
        {
            case 0:
                return string.Empty;
            case 1 when !string.IsNullOrWhiteSpace(words[0].Text):
                return words[0].Text;
        }

        var lines = TextLineBuilder.Build(words, lineTolerance, double.MaxValue);
        return Compose(lines.Select(l => l.Words));
    }
}
