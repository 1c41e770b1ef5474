using Microsoft.ML;
using Microsoft.ML.Data;

namespace Kompass.Ingest.Learning.Models;

/// <summary>
/// The n-gram vocabularies of a trained text featurizer, read from the slot names ML.NET gives its
/// output: "Word.a" and "Word.a|b" for word unigrams and bigrams, "Char.&lt;␂&gt;|a|b|c" for char
/// 4-grams, each component a token or a char as its key value reads. A name that cannot be read back
/// to one n-gram (a token holding '|', a char whose key value several chars share) makes the whole
/// reading fail with the reason, never a guess.
/// </summary>
internal sealed class FeatureSlotNames
{
    private const string CharPrefix = "Char.";
    private const string WordPrefix = "Word.";
    private const char Separator = '|';

    // NgramExtractingTransformer names a component that is the missing key "*"; in the char pool that is the null char.
    private const string MissingKey = "*";

    private static readonly Lazy<(Dictionary<string, char> Chars, HashSet<string> Ambiguous)> CharNames = new(ReadCharNames);

    private FeatureSlotNames()
    {
    }

    /// <summary>Word unigrams and their slots.</summary>
    public Dictionary<string, int> Unigrams { get; } = new(StringComparer.Ordinal);

    /// <summary>Word bigrams and their slots.</summary>
    public Dictionary<(string First, string Second), int> Bigrams { get; } = [];

    /// <summary>Char 4-grams (as four-char strings) and their slots.</summary>
    public Dictionary<string, int> CharGrams { get; } = new(StringComparer.Ordinal);

    /// <summary>Reads <paramref name="names"/>, one per slot; null with <paramref name="problem"/> when one is not a readable n-gram.</summary>
    public static FeatureSlotNames? Read(IReadOnlyList<string> names, out string? problem)
    {
        var read = new FeatureSlotNames();
        var bigrams = new List<(string First, string Second, int Slot)>();
        for (var slot = 0; slot < names.Count; slot++)
        {
            var name = names[slot];
            problem = name.StartsWith(CharPrefix, StringComparison.Ordinal) ? read.AddCharGram(name[CharPrefix.Length..], slot)
                : name.StartsWith(WordPrefix, StringComparison.Ordinal) ? AddWordGram(name[WordPrefix.Length..], slot, read.Unigrams, bigrams)
                : "neither a char nor a word n-gram";
            if (problem is not null)
            {
                problem = $"slot {slot} \"{name}\": {problem}";
                return null;
            }
        }

        foreach (var (first, second, slot) in bigrams)
        {
            // Every token of the vocabulary is a unigram of the pool (both come from the same training rows).
            if (!read.Unigrams.ContainsKey(first) || !read.Unigrams.ContainsKey(second) || !read.Bigrams.TryAdd((first, second), slot))
            {
                problem = $"slot {slot} \"{first}|{second}\": a bigram of tokens the unigrams lack, or twice";
                return null;
            }
        }

        problem = null;
        return read;
    }

    private string? AddCharGram(string name, int slot)
    {
        var parts = name.Split(Separator);
        if (parts.Length != 4)
        {
            return "not four chars (a token holds '|')";
        }

        var gram = new char[4];
        for (var i = 0; i < 4; i++)
        {
            if (parts[i] == MissingKey)
            {
                gram[i] = '\0';
            }
            else if (CharNames.Value.Ambiguous.Contains(parts[i]) || !CharNames.Value.Chars.TryGetValue(parts[i], out gram[i]))
            {
                return $"the char name \"{parts[i]}\" stands for no single char";
            }
        }

        return CharGrams.TryAdd(new string(gram), slot) ? null : "the same char 4-gram twice";
    }

    private static string? AddWordGram(string name, int slot, Dictionary<string, int> unigrams, List<(string, string, int)> bigrams)
    {
        var parts = name.Split(Separator);
        if (parts.Any(p => p.Length == 0 || p == MissingKey))
        {
            return "an empty or missing token (a token holds '|', or the pool holds the missing key)";
        }

        switch (parts.Length)
        {
            case 1:
                return unigrams.TryAdd(parts[0], slot) ? null : "the same unigram twice";
            case 2:
                bigrams.Add((parts[0], parts[1], slot));
                return null;
            default:
                return "more than two tokens (a token holds '|')";
        }
    }

    // ML.NET's own names for the chars (control chars as "<␂>", surrogates all alike), from its char tokenizer's key values: key k is char k.
    private static (Dictionary<string, char>, HashSet<string>) ReadCharNames()
    {
        var ml = new MLContext(0);
        var empty = ml.Data.LoadFromEnumerable(Array.Empty<CharNameRow>());
        var column = ml.Transforms.Text.TokenizeIntoCharactersAsKeys("Chars", nameof(CharNameRow.Text)).Fit(empty).GetOutputSchema(empty.Schema)["Chars"];
        var values = default(VBuffer<ReadOnlyMemory<char>>);
        column.GetKeyValues(ref values);
        var chars = new Dictionary<string, char>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        var key = 1;
        foreach (var value in values.DenseValues())
        {
            var name = value.ToString();
            if (!chars.TryAdd(name, (char)key))
            {
                ambiguous.Add(name);
            }

            key++;
        }

        return (chars, ambiguous);
    }

    private sealed class CharNameRow
    {
        public string Text { get; set; } = string.Empty;
    }
}
