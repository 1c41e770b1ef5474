using Kompass.Ingest.Extraction.Normalisation;

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

    // ML.NET folds the minimum scale into the norm: a vector so long that 1/norm falls below it is left unscaled.
    private const float MinimumScale = 1e-8f;

    private readonly WordIds _wordIds;
    private readonly int[] _unigramSlots;
    private readonly PackedKeySlots _bigramSlots;
    private readonly PackedKeySlots _charGramSlots;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopWords;

    // One more than the highest slot of the vocabularies.
    private readonly int _slotCount;

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
        _slotCount = 1 + slots.Unigrams.Values.Concat(slots.Bigrams.Values).Concat(slots.CharGrams.Values).DefaultIfEmpty(-1).Max();
        // As ML.NET stores them: trimmed of spaces and lower-cased with the invariant culture.
        _stopWords = stopWords.Select(w => w.Trim(' ').ToLowerInvariant()).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The nonzero features of <paramref name="text"/>: slot and value, char block first, held in
    /// <paramref name="buffers"/> (valid until they are used again). The text is read in one pass
    /// into the char stream, its tokens marked in it, and nothing is allocated once the buffers are
    /// long enough: a model reads every finding of every document, and those steps' lists and
    /// copies were much of its time.
    /// </summary>
    public ReadOnlySpan<(int Slot, float Value)> Features(string text, FeatureBuffers buffers)
    {
        var stream = buffers.Chars(text.Length + 3);
        var tokens = buffers.Tokens((text.Length / 2) + 1);
        var (streamLength, tokenCount) = Stream(text, stream, tokens);
        stream = stream[..streamLength];
        tokens = tokens[..tokenCount];

        // At most a char gram per char of the stream, and a word and a bigram per token.
        var features = buffers.Features(stream.Length + (2 * tokens.Length));
        var counts = buffers.SlotCounts(_slotCount);
        CountCharGrams(stream, counts);
        var count = Normalised(counts, features);
        CountWords(stream, tokens, counts);
        count += Normalised(counts, features[count..]);
        return features[..count];
    }

    // The char stream TokenizingByCharactersTransformer reads (STX, the tokens joined by the unit
    // separator, ETX), built straight from the text: a char that is punctuation or a number is
    // dropped and every other lower-cased (the normaliser), a space ends a token (the tokenizer),
    // and a token that is a stop word is taken back out (the stop-word remover). A kept token is
    // marked where it lies in the stream, which the word bag reads. The text is lower case by then,
    // and invariant lower-casing is idempotent (a test checks every char), so a token is its own
    // lower case for the stop words.
    private (int StreamLength, int TokenCount) Stream(string text, Span<char> stream, Span<Range> tokens)
    {
        stream[0] = TextStart;
        var end = 1;
        var kept = 0;
        var tokenStart = end;
        var next = tokenStart;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsPunctuation(c) || char.IsNumber(c))
            {
                continue;
            }

            var lower = LowerCase.Invariant(c);
            if (lower != ' ')
            {
                stream[next++] = lower;
                continue;
            }

            if (next > tokenStart && !_stopWords.Contains(stream[tokenStart..next]))
            {
                if (kept > 0)
                {
                    stream[end] = UnitSeparator;
                }

                tokens[kept++] = tokenStart..next;
                end = next;
            }

            // The next token's chars go after a separator once a token is kept before it.
            tokenStart = kept > 0 ? end + 1 : end;
            next = tokenStart;
        }

        stream[end] = TextEnd;
        return (end + 1, kept);
    }

    private void CountWords(ReadOnlySpan<char> stream, ReadOnlySpan<Range> tokens, SlotCounts counts)
    {
        var previous = -1;
        foreach (var token in tokens)
        {
            var id = _wordIds.TryGetValue(stream[token], out var known) ? known : -1;
            if (id >= 0)
            {
                counts.Add(_unigramSlots[id]);
                if (previous >= 0 && _bigramSlots.TryGetValue(Pair(previous, id), out var bigram))
                {
                    counts.Add(bigram);
                }
            }

            previous = id;
        }
    }

    private void CountCharGrams(ReadOnlySpan<char> stream, SlotCounts counts)
    {
        var gram = 0UL;
        for (var i = 0; i < stream.Length; i++)
        {
            // The last four chars, packed as Pack packs them.
            gram = (gram << 16) | stream[i];
            if (i + 1 >= CharGramLength && _charGramSlots.TryGetValue(gram, out var slot))
            {
                counts.Add(slot);
            }
        }
    }

    // Term frequency in slot order, then the block scaled to unit L2 norm as
    // LpNormNormalizingTransformer does (in single precision), written to the start of features;
    // returns how many.
    private static int Normalised(SlotCounts counts, Span<(int Slot, float Value)> features)
    {
        var count = counts.Drain(features);
        var sumOfSquares = 0f;
        foreach (var (_, times) in features[..count])
        {
            sumOfSquares += times * times;
        }

        if (sumOfSquares <= 0)
        {
            return count;
        }

        var scale = 1f / MathF.Sqrt(sumOfSquares);
        if (scale < MinimumScale)
        {
            return count;
        }

        for (var i = 0; i < count; i++)
        {
            features[i] = (features[i].Slot, features[i].Value * scale);
        }

        return count;
    }

    // A bigram's words are unigrams of the vocabulary (FeatureSlotNames checks it).
    private int IdOf(string word) => _wordIds.TryGetValue(word, out var id) ? id : throw new ArgumentException($"the bigram word \"{word}\" is not in the vocabulary", nameof(word));

    private static ulong Pair(int first, int second) => ((ulong)(uint)first << 32) | (uint)second;

    private static ulong Pack(string gram) => Pack(gram[0], gram[1], gram[2], gram[3]);

    private static ulong Pack(char a, char b, char c, char d) => ((ulong)a << 48) | ((ulong)b << 32) | ((ulong)c << 16) | d;
}
