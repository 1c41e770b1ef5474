using System.Globalization;
using System.Text.RegularExpressions;
using Kompass.Ingest.Domain.Layout;

namespace Kompass.Ingest.Extraction.Lines;

/// <summary>
/// Finds the words of vertical stacks of bare numbers: a chart's axis ticks ("100 80 60 40") or
/// bar values, printed beside prose and sometimes closer to it than a column gap. The line
/// builder cuts such a number off the text beside it, so that "80 beskriver hur …" does not
/// become one line. A stack is at least <see cref="LineBuilderOptions.MinStackSize"/> whole
/// numbers of one size, one above the other with their right edges (or centres) aligned, each
/// within a few lines of the next. A run of consecutive integers (1, 2, 3: the numbers of a list
/// or of the areas) is an enumeration standing with its text, not a stack. Pure.
/// </summary>
internal sealed partial class NumberStackFinder(LineBuilderOptions options)
{
    /// <summary>The words of <paramref name="words"/> that belong to a stack of numbers.</summary>
    public HashSet<Word> Find(IReadOnlyList<Word> words)
    {
        var stacked = new HashSet<Word>(ReferenceEqualityComparer.Instance);
        var numbers = words.Where(IsBare).OrderByDescending(w => w.Box.Top).ToList();
        if (numbers.Count < options.MinStackSize)
        {
            // Too few numbers on the page for any stack (most pages of prose).
            return stacked;
        }

        foreach (var aligned in Alignments)
        {
            foreach (var column in Columns(numbers, aligned))
            {
                if (column.Count >= options.MinStackSize && !IsEnumeration(column))
                {
                    stacked.UnionWith(column);
                }
            }
        }

        return stacked;
    }

    // A stack's numbers line up at their right edges or at their centres.
    private static readonly Func<Word, double>[] Alignments = [w => w.Box.Right, w => w.Box.CentreX];

    // The pattern, tried only on words that open as it requires (a digit or a minus sign): the
    // regex runs for every word of every page, and most words are no numbers.
    private static bool IsBare(Word word)
        => word.Text.Length > 0 && (word.Text[0] == '-' || char.IsDigit(word.Text[0])) && Bare().IsMatch(word.Text);

    // Chains of numbers, top to bottom, each aligned with and close below the previous one.
    private List<List<Word>> Columns(List<Word> numbers, Func<Word, double> aligned)
    {
        var columns = new List<List<Word>>();
        var used = new bool[numbers.Count];
        for (var t = 0; t < numbers.Count; t++)
        {
            if (used[t])
            {
                continue;
            }

            used[t] = true;
            var column = new List<Word> { numbers[t] };

            // Every number before the top is in a column already (as a top or below one).
            for (var b = t + 1; b < numbers.Count; b++)
            {
                if (used[b])
                {
                    continue;
                }

                var below = numbers[b];
                var last = column[^1];
                var em = last.FontSize;

                // The numbers come by falling top: once one is too far below the column's last,
                // so is every one after it, and the column is complete.
                if (last.Box.Bottom - below.Box.Top > options.MaxStackPitchEm * em)
                {
                    break;
                }

                if (Math.Abs(below.FontSize - em) <= 0.1 * em
                    && Math.Abs(aligned(below) - aligned(last)) <= options.StackAlignmentEm * em
                    && last.Box.Bottom - below.Box.Top <= options.MaxStackPitchEm * em
                    && below.Box.Top < last.Box.Bottom + (0.2 * em))
                {
                    column.Add(below);
                    used[b] = true;
                }
            }

            columns.Add(column);
        }

        return columns;
    }

    private static bool IsEnumeration(List<Word> column)
    {
        var values = column.Select(w => long.TryParse(w.Text.TrimEnd('%', ' ').Replace(" ", string.Empty, StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : long.MinValue).ToList();
        return values.Zip(values.Skip(1)).All(p => p.Second - p.First == 1);
    }

    // A whole number, possibly grouped by thousands, possibly a percentage.
    [GeneratedRegex(@"^-?\d{1,3}(?: \d{3})*\s?%?$|^\d+%?$", RegexOptions.CultureInvariant)]
    private static partial Regex Bare();
}
