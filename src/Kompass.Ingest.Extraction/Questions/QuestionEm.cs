using System.Runtime.InteropServices;
using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Extraction.Tables.Text;

namespace Kompass.Ingest.Extraction.Questions;

/// <summary>
/// The em the question readers measure their tolerances in: the upper median of the words'
/// positive font sizes, at least 1 (1 when none has a size). Selected in one list in place (no full
/// sort): it runs for every candidate page and every zone, where LINQ's ordering allocated a map,
/// keys and a list.
/// Pure.
/// </summary>
internal static class QuestionEm
{
    /// <summary>The em of <paramref name="words"/> in points.</summary>
    public static double Of(IEnumerable<Word> words)
    {
        var sizes = new List<double>();
        foreach (var word in words)
        {
            if (word.FontSize > 0)
            {
                sizes.Add(word.FontSize);
            }
        }

        if (sizes.Count == 0)
        {
            return 1;
        }

        return Math.Max(1, OrderStatistic.Smallest(CollectionsMarshal.AsSpan(sizes), sizes.Count / 2));
    }
}
