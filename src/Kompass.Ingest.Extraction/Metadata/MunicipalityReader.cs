using System.Globalization;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Metadata;

/// <summary>
/// Reads the municipalities (or regions) a string names, by structure: a name closed by
/// kommun/stad ("ANALYS AV LJUSDALS KOMMUN", "Ronneby kommuns"), a region's wording ("Region
/// Gotland", "Landstinget i Kalmar län"), or capitalised words that are an official name
/// ("Återkoppling Kommunkompass. Tyresö", "UPPLANDS VÄSBY"). The longest run of name words the
/// official list knows wins; a closed phrase with an unknown name still names a municipality (Code
/// null, printed short name, genitive s dropped, capitals re-cased), a bare unknown one does not.
/// A placeholder ("xxxxx kommun") names nothing. Pure and thread-safe.
/// </summary>
public sealed class MunicipalityReader
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    private readonly MunicipalityMatcher _matcher;
    private readonly MetadataOptions _options;
    private readonly HashSet<string> _suffixes;
    private readonly HashSet<string> _keywords;

    /// <summary>Reads against the official list behind <paramref name="matcher"/>.</summary>
    public MunicipalityReader(MunicipalityMatcher matcher, MetadataOptions? options = null)
    {
        _matcher = matcher ?? throw new ArgumentNullException(nameof(matcher));
        _options = options ?? MetadataOptions.Default;
        _suffixes = new HashSet<string>(_options.MunicipalitySuffixes, StringComparer.Ordinal);
        _keywords = new HashSet<string>(_options.CoverKeywords, StringComparer.Ordinal);
    }

    /// <summary>
    /// The bodies <paramref name="text"/> names: closed phrases (suffix, region wording) first in
    /// text order, then bare official names. <paramref name="region"/> reads regions (Regionkompassen)
    /// instead of kommuner. With <paramref name="lowerCaseNames"/> a bare name may be printed in
    /// lower case (file names: "ljusdal-kommunkompassen-2014").
    /// </summary>
    public IReadOnlyList<MunicipalityReading> Read(string text, bool region, bool lowerCaseNames = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = WordToken.Split(text);
        var closed = new List<MunicipalityReading>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var reading = Suffixed(text, tokens, i) ?? RegionWording(text, tokens, i, region);
            if (reading is not null)
            {
                closed.Add(reading);
            }
        }

        return closed.Concat(Bare(text, tokens, region, lowerCaseNames)).ToList();
    }

    /// <summary>True when a printed name is a template's placeholder ("xxxxx", "NN", "…").</summary>
    public static bool IsPlaceholder(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var letters = name.Where(char.IsLetter).Select(char.ToLowerInvariant).ToList();
        return letters.Count == 0 || (letters.Count >= 2 && letters.Distinct().Count() == 1)
               || name.Contains('…') || name.Contains("...", StringComparison.Ordinal) || name.Contains('_')
               || name.Contains('[') || name.Contains('<');
    }

    private MunicipalityReading? Suffixed(string text, IReadOnlyList<WordToken> tokens, int i)
    {
        if (!_suffixes.Contains(Lower(tokens[i].Bare)))
        {
            return null;
        }

        var first = i;
        while (first > 0 && i - first < _options.MaxMunicipalityNameWords && IsNameWord(tokens[first - 1], anyCase: false) && !EndsClause(tokens[first - 1]))
        {
            first--;
        }

        if (first == i)
        {
            return null;
        }

        if (IsPlaceholder(tokens[i - 1].Bare))
        {
            return null;
        }

        for (var start = first; start < i; start++)
        {
            var printed = Slice(text, tokens, start, i);
            if (_matcher.MatchKommun(printed) is { } known)
            {
                return Reading(text, tokens, start, i, known, MunicipalityPhraseKind.KommunSuffix);
            }
        }

        var name = tokens[i - 1];
        if (!name.IsCapitalised)
        {
            return null;
        }

        var unknown = new Municipality(ShortName(name.Bare, genitive: true), null, MunicipalityKind.Kommun);
        return Reading(text, tokens, i - 1, i, unknown, MunicipalityPhraseKind.KommunSuffix);
    }

    private MunicipalityReading? RegionWording(string text, IReadOnlyList<WordToken> tokens, int i, bool region)
    {
        var word = Lower(tokens[i].Bare);
        if (word is not ("region" or "landstinget") || EndsClause(tokens[i]))
        {
            return null;
        }

        var start = i + 1;
        if (word == "landstinget" && start < tokens.Count && Lower(tokens[start].Bare) == "i")
        {
            start++;
        }

        var end = start;
        while (end < tokens.Count && end - start < _options.MaxMunicipalityNameWords && IsNameWord(tokens[end], anyCase: false))
        {
            end++;
            if (EndsClause(tokens[end - 1]))
            {
                break;
            }
        }

        if (end < tokens.Count && Lower(tokens[end].Bare) is "län" or "läns" && !EndsClause(tokens[end - 1]))
        {
            end++;
        }

        for (var last = end; last > start; last--)
        {
            var printed = Slice(text, tokens, i, last - 1);
            var known = region ? _matcher.MatchRegion(printed) : _matcher.MatchKommun(printed);
            if (known is not null)
            {
                return Reading(text, tokens, i, last - 1, known, MunicipalityPhraseKind.Region);
            }
        }

        if (!region || end == start || IsPlaceholder(tokens[start].Bare))
        {
            return null;
        }

        var unknown = new Municipality(ShortName(tokens[start].Bare, genitive: end - start > 1), null, MunicipalityKind.Region);
        return Reading(text, tokens, i, end - 1, unknown, MunicipalityPhraseKind.Region);
    }

    private IEnumerable<MunicipalityReading> Bare(string text, IReadOnlyList<WordToken> tokens, bool region, bool lowerCaseNames)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsNameWord(tokens[i], lowerCaseNames) || _suffixes.Contains(Lower(tokens[i].Bare)))
            {
                i++;
                continue;
            }

            var found = false;
            for (var length = Math.Min(_options.MaxMunicipalityNameWords, tokens.Count - i); length >= 1 && !found; length--)
            {
                var run = tokens.Skip(i).Take(length).ToList();
                if (!run.All(t => IsNameWord(t, lowerCaseNames)) || run.Take(length - 1).Any(EndsClause))
                {
                    continue;
                }

                var printed = Slice(text, tokens, i, i + length - 1);
                var known = region ? _matcher.MatchRegion(printed) : _matcher.MatchKommun(printed);
                if (known is not null)
                {
                    yield return Reading(text, tokens, i, i + length - 1, known, MunicipalityPhraseKind.Bare);
                    i += length;
                    found = true;
                }
            }

            if (!found)
            {
                i++;
            }
        }
    }

    private bool IsNameWord(WordToken token, bool anyCase)
    {
        var bare = token.Bare;
        if (bare.Length < 2 || bare.Any(char.IsDigit) || !char.IsLetter(bare[0]))
        {
            return false;
        }

        var lower = Lower(bare);
        if (_keywords.Contains(lower) || _options.Months.ContainsKey(lower) || lower.Contains("kompass", StringComparison.Ordinal))
        {
            return false;
        }

        return token.IsCapitalised || anyCase || IsPlaceholder(bare);
    }

    private static bool EndsClause(WordToken token)
        => token.Text.Length > 0 && token.Text[^1] is '.' or ',' or ':' or ';' or ')' && !IsInitial(token.Text);

    private static bool IsInitial(string text) => text.Length == 2 && char.IsUpper(text[0]) && text[1] == '.';

    private static MunicipalityReading Reading(string text, IReadOnlyList<WordToken> tokens, int first, int last, Municipality municipality, MunicipalityPhraseKind kind)
    {
        var start = tokens[first].Start;
        var printed = Slice(text, tokens, first, last);
        var name = kind == MunicipalityPhraseKind.Bare ? printed : Slice(text, tokens, first, Math.Max(first, last - 1));
        return new MunicipalityReading(new MunicipalityPhrase(start, printed.Length, printed, name, kind), municipality);
    }

    // The words first..last as printed, without the punctuation that closes the last one.
    private static string Slice(string text, IReadOnlyList<WordToken> tokens, int first, int last)
    {
        var start = tokens[first].Start;
        var end = tokens[last].Start + tokens[last].Length;
        return text[start..end].TrimEnd('.', ',', ':', ';', ')', '!', '?').TrimStart('(');
    }

    private static string ShortName(string printed, bool genitive)
    {
        var name = genitive && printed.Length > 3 && printed.EndsWith(printed.Any(char.IsLower) ? "s" : "S", StringComparison.Ordinal)
            && !printed.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
            ? printed[..^1]
            : printed;
        return name.Any(char.IsLower) ? name : Recase(name);
    }

    private static string Recase(string caps)
    {
        var chars = LowerCase.Swedish(caps).ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is ' ' or '-')
            {
                chars[i] = char.ToUpper(chars[i], Swedish);
            }
        }

        return new string(chars);
    }

    private static string Lower(string text) => LowerCase.Swedish(text);
}
