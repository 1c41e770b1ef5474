using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Extraction.Lines;

/// <summary>
/// The text and the box of a list of words, as <c>string.Join(' ', words.Select(w =&gt; w.Text))</c>
/// and <c>BoundingBox.UnionOf(words.Select(w =&gt; w.Box))</c> give them, without the enumerators,
/// delegates and string builder those allocate: lines, runs and fragments compute these for every
/// word of every page, and profiles showed them among extraction's largest allocations. Pure.
/// </summary>
internal static class WordList
{
    /// <summary>The words' texts joined with single spaces; empty for none.</summary>
    public static string Text(IReadOnlyList<Word> words)
    {
        switch (words.Count)
        {
            case 0:
                return string.Empty;
            case 1:
                return words[0].Text;
        }

        return string.Create(JoinedLength(words), words, static (span, list) =>
        {
            var at = 0;
            for (var i = 0; i < list.Count; i++)
            {
                if (i > 0)
                {
                    span[at++] = ' ';
                }

                var text = list[i].Text;
                text.AsSpan().CopyTo(span[at..]);
                at += text.Length;
            }
        });
    }

    /// <summary>
    /// True when <see cref="Text"/> of <paramref name="words"/> would equal <paramref name="text"/>
    /// (ordinal), found without joining the words: for comparing many lines with one.
    /// </summary>
    public static bool TextEquals(IReadOnlyList<Word> words, string text)
    {
        if (JoinedLength(words) != text.Length)
        {
            return false;
        }

        var rest = text.AsSpan();
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0)
            {
                if (rest[0] != ' ')
                {
                    return false;
                }

                rest = rest[1..];
            }

            var word = words[i].Text;
            if (!rest.StartsWith(word, StringComparison.Ordinal))
            {
                return false;
            }

            rest = rest[word.Length..];
        }

        return true;
    }

    // The length of the words' texts joined with single spaces.
    private static int JoinedLength(IReadOnlyList<Word> words)
    {
        var length = Math.Max(0, words.Count - 1);
        for (var i = 0; i < words.Count; i++)
        {
            length += words[i].Text.Length;
        }

        return length;
    }

    /// <summary>The smallest box that holds every word's box; null for none.</summary>
    public static BoundingBox? Box(IReadOnlyList<Word> words)
    {
        if (words.Count == 0)
        {
            return null;
        }

        var box = words[0].Box;
        for (var i = 1; i < words.Count; i++)
        {
            box = box.Union(words[i].Box);
        }

        return box;
    }

    /// <summary>
    /// The words with text (not empty or white space) in order, as <c>words.Where(w =&gt;
    /// !string.IsNullOrWhiteSpace(w.Text)).ToList()</c> gives them: <paramref name="words"/> itself
    /// when all have text (nearly always), so that the table and question readers, which each ask
    /// this of every page they read, do not copy the page's words for nothing.
    /// </summary>
    public static IReadOnlyList<Word> WithText(IReadOnlyList<Word> words)
    {
        foreach (var word in words)
        {
            if (string.IsNullOrWhiteSpace(word.Text))
            {
                return words.Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
            }
        }

        return words;
    }
}
