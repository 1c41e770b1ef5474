namespace Kompass.Ingest.Learning.Models;

/// <summary>
/// The text features of a <see cref="TextClassifierTrainer"/> model, computed in plain C# exactly as
/// ML.NET's <c>FeaturizeText</c> computes them with the trainer's options, so a prediction needs no
/// ML.NET row plumbing. Each step follows the ML.NET transformer that does it:
/// <list type="number">
/// <item>TextNormalizingTransformer: a char that is <see cref="char.IsPunctuation(char)"/> or
/// <see cref="char.IsNumber(char)"/> is dropped, not replaced by a space ("e-tjänst" is one word,
/// "etjänst"); every other char is lower-cased with the invariant culture; diacritics stay.</item>
/// <item>WordTokenizingTransformer: the text splits at ' ' only (a newline stays inside its token); empty tokens go.</item>
/// <item>CustomStopWordsRemovingTransformer: a token whose invariant lower case is a stop word goes.</item>
/// <item>The word bag (ValueToKey, then NgramExtractingTransformer, term frequency): one count for
/// each known token and each known pair of neighbouring tokens left. A token the vocabulary lacks
/// becomes the missing key, and no n-gram in the pool holds one, so it counts nothing and breaks the
/// pairs on both sides of it.</item>
/// <item>TokenizingByCharactersTransformer over the tokens left (a vector): one stream, STX (0x02),
/// the tokens joined by the unit separator 0x1F, ETX (0x03); its 4-grams are counted against the
/// char pool (a char is its own key).</item>
/// <item>LpNormNormalizingTransformer: the char counts and the word counts are each scaled to unit L2
/// norm on their own, a block of zeros staying zeros; the char block comes first in the vector.</item>
/// </list>
/// Immutable and thread-safe.
/// </summary>
internal sealed class TextFeaturizer
{
    private const char TextStart = '\u0002';
    private const char UnitSeparator = '\u001f';
    private const char TextEnd = '\u0003';
    private const int CharGramLength = 4;

    // A char stream this long or shorter (a finding's text is a few hundred chars) is built on the stack.
    private const int MaxStackChars = 1024;

    // ML.NET folds the minimum scale into the norm: a vector so long that 1/norm falls below it is left unscaled.
    private const float MinimumScale = 1e-8f;

    private readonly WordIds _wordIds;
    private readonly int[] _unigramSlots;
    private readonly PackedKeySlots _bigramSlots;
    private readonly PackedKeySlots _charGramSlots;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopWords;

    /// <summary>A featurizer over the model's vocabularies (<see cref="FeatureSlotNames"/>) and the stop words it was trained with.</summary>
    public TextFeaturizer(FeatureSlotNames slots, IEnumerable<string> stopWords)
    {
        var words = new List<string>(slots.Unigrams.Count);
        _unigramSlots = new int[slots.Unigrams.Count];
        foreach (var (word, slot) in slots.Unigrams)
        {
            _unigramSlots[words.Count] = slot;
            words.Add(word);
        }

        _wordIds = new WordIds(words);
        _bigramSlots = new PackedKeySlots([.. slots.Bigrams.Select(b => KeyValuePair.Create(Pair(IdOf(b.Key.First), IdOf(b.Key.Second)), b.Value))]);
        _charGramSlots = new PackedKeySlots([.. slots.CharGrams.Select(g => KeyValuePair.Create(Pack(g.Key), g.Value))]);
        // As ML.NET stores them: trimmed of spaces and lower-cased with the invariant culture.
        _stopWords = stopWords.Select(w => w.Trim(' ').ToLowerInvariant()).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The nonzero features of <paramref name="text"/>: slot and value, char block first.</summary>
    public List<(int Slot, float Value)> Features(string text)
    {
        var normalised = Normalise(text);
        var tokens = Tokens(normalised);
        var charGrams = CharGramSlots(normalised, tokens);
        var words = WordSlots(normalised, tokens);
        var features = new List<(int Slot, float Value)>(charGrams.Count + words.Count);
        AddNormalised(charGrams, features);
        AddNormalised(words, features);
        return features;
    }

    // The kept chars at the start of a buffer of the text's length (not copied out: only read through the span).
    private static ReadOnlySpan<char> Normalise(string text)
    {
        var kept = new char[text.Length];
        var count = 0;
        foreach (var c in text)
        {
            if (!char.IsPunctuation(c) && !char.IsNumber(c))
            {
                kept[count++] = char.ToLowerInvariant(c);
            }
        }

        return kept.AsSpan(0, count);
    }

    private List<Range> Tokens(ReadOnlySpan<char> normalised)
    {
        var tokens = new List<Range>();
        var start = 0;
        for (var i = 0; i <= normalised.Length; i++)
        {
            if (i < normalised.Length && normalised[i] != ' ')
            {
                continue;
            }

            // The text is lower case already, and invariant lower-casing is idempotent (a test checks every char), so the token is its own lower case.
            if (i > start && !_stopWords.Contains(normalised.Slice(start, i - start)))
            {
                tokens.Add(start..i);
            }

            start = i + 1;
        }

        return tokens;
    }

    private List<int> WordSlots(ReadOnlySpan<char> normalised, List<Range> tokens)
    {
        var slots = new List<int>();
        var previous = -1;
        foreach (var token in tokens)
        {
            var id = _wordIds.TryGetValue(normalised[token], out var known) ? known : -1;
            if (id >= 0)
            {
                slots.Add(_unigramSlots[id]);
                if (previous >= 0 && _bigramSlots.TryGetValue(Pair(previous, id), out var bigram))
                {
                    slots.Add(bigram);
                }
            }

            previous = id;
        }

        return slots;
    }

    private List<int> CharGramSlots(ReadOnlySpan<char> normalised, List<Range> tokens)
    {
        // STX, the tokens, a separator between each two, ETX.
        var length = 2 + Math.Max(0, tokens.Count - 1);
        foreach (var token in tokens)
        {
            length += normalised[token].Length;
        }

        Span<char> stream = length <= MaxStackChars ? stackalloc char[length] : new char[length];
        var end = 0;
        stream[end++] = TextStart;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0)
            {
                stream[end++] = UnitSeparator;
            }

            normalised[tokens[i]].CopyTo(stream[end..]);
            end += normalised[tokens[i]].Length;
        }

        stream[end] = TextEnd;
        var slots = new List<int>(stream.Length);
        for (var start = 0; start + CharGramLength <= stream.Length; start++)
        {
            if (_charGramSlots.TryGetValue(Pack(stream[start], stream[start + 1], stream[start + 2], stream[start + 3]), out var slot))
            {
                slots.Add(slot);
            }
        }

        return slots;
    }

    // Term frequency, then the block scaled to unit L2 norm as LpNormNormalizingTransformer does (in single precision).
    private static void AddNormalised(List<int> slots, List<(int Slot, float Value)> features)
    {
        slots.Sort();
        var first = features.Count;
        var sumOfSquares = 0f;
        for (var i = 0; i < slots.Count;)
        {
            var end = i;
            while (end < slots.Count && slots[end] == slots[i])
            {
                end++;
            }

            float count = end - i;
            features.Add((slots[i], count));
            sumOfSquares += count * count;
            i = end;
        }

        if (sumOfSquares <= 0)
        {
            return;
        }

        var scale = 1f / MathF.Sqrt(sumOfSquares);
        if (scale < MinimumScale)
        {
            return;
        }

        for (var i = first; i < features.Count; i++)
        {
            features[i] = (features[i].Slot, features[i].Value * scale);
        }
    }

    // A bigram's words are unigrams of the vocabulary (FeatureSlotNames checks it).
    private int IdOf(string word) => _wordIds.TryGetValue(word, out var id) ? id : throw new ArgumentException($"the bigram word \"{word}\" is not in the vocabulary", nameof(word));

    private static ulong Pair(int first, int second) => ((ulong)(uint)first << 32) | (uint)second;

    private static ulong Pack(string gram) => Pack(gram[0], gram[1], gram[2], gram[3]);

    private static ulong Pack(char a, char b, char c, char d) => ((ulong)a << 48) | ((ulong)b << 32) | ((ulong)c << 16) | d;
}
