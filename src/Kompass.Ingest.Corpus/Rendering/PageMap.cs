namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>
/// Records where a layout pass put the values a truth file cites. An area's score page is the
/// summary table's when it has one, else its section's ("Poäng"), else its table's total row.
/// </summary>
public sealed class PageMap
{
    private readonly Dictionary<int, int> _summary = [];
    private readonly Dictionary<int, int> _section = [];
    private readonly Dictionary<int, int> _tableTotal = [];
    private readonly Dictionary<string, int> _questions = new(StringComparer.Ordinal);

    /// <summary>Area <paramref name="area"/>'s score was printed in the summary table on <paramref name="page"/>.</summary>
    public void SummaryScore(int area, int page) => _summary.TryAdd(area, page);

    /// <summary>Area <paramref name="area"/>'s score was printed in its section on <paramref name="page"/>.</summary>
    public void SectionScore(int area, int page) => _section.TryAdd(area, page);

    /// <summary>Area <paramref name="area"/>'s question table total row landed on <paramref name="page"/>.</summary>
    public void TableTotal(int area, int page) => _tableTotal.TryAdd(area, page);

    /// <summary>The question row <paramref name="id"/> landed on <paramref name="page"/>.</summary>
    public void Question(string id, int page) => _questions.TryAdd(id, page);

    /// <summary>Area number → page of its score, by the precedence above.</summary>
    public IReadOnlyDictionary<int, int> AreaScorePages()
    {
        var result = new Dictionary<int, int>(_tableTotal);
        foreach (var (area, page) in _section)
        {
            result[area] = page;
        }

        foreach (var (area, page) in _summary)
        {
            result[area] = page;
        }

        return result;
    }

    /// <summary>Question id → page of its row.</summary>
    public IReadOnlyDictionary<string, int> QuestionPages() => new Dictionary<string, int>(_questions, StringComparer.Ordinal);
}
