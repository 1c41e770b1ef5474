using Kompass.Ingest.Extraction.Lines;
using Kompass.Ingest.Extraction.Questions;

namespace Kompass.Ingest.Extraction.Frameworks;

/// <summary>
/// Collects every numbered area name a document prints: section headings ("Område 4 Ledarskap,
/// ansvar och delegation"), summary and question-table rows ("2. Samhällsutveckling"), chart labels
/// and contents entries. Lines that merely start with a number are collected too; they resemble
/// no catalog's area names, so they weigh nothing. Pure.
/// </summary>
public static class PrintedAreaNameFinder
{
    /// <summary>The numbered names found on <paramref name="pages"/>, numbers 1 to <paramref name="maxArea"/>, names of at most <paramref name="maxWords"/> words.</summary>
    public static IReadOnlyList<PrintedAreaName> Find(IReadOnlyList<PageLines> pages, int maxArea, int maxWords)
    {
        ArgumentNullException.ThrowIfNull(pages);

        // A plain loop over every line of the document, the first of equal names kept (as
        // Distinct keeps it): the chain of iterators cost more per line than the test of it.
        var names = new List<PrintedAreaName>();
        var seen = new HashSet<PrintedAreaName>();
        foreach (var page in pages)
        {
            foreach (var line in page.Lines)
            {
                if (OpensWithNumber(line.Text) && QuestionIdText.TryParseHeading(line.Text, out var number, out var name)
                    && number <= maxArea && name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= maxWords
                    && new PrintedAreaName(number, name) is var printed && seen.Add(printed))
                {
                    names.Add(printed);
                }
            }
        }

        return names;
    }

    // A numbered name opens with its number, or with one word and then the number ("Område 4"),
    // as the heading pattern reads it (^\s*(?:\p{L}+\s+)?\d): every line of the document is
    // asked, and most open with a word and more words, which this tells from the first word alone.
    internal static bool OpensWithNumber(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i < text.Length && char.IsDigit(text[i]))
        {
            return true;
        }

        var word = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        var space = i;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return space > word && i > space && i < text.Length && char.IsDigit(text[i]);
    }
}
