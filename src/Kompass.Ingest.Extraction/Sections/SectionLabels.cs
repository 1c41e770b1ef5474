using System.Text.RegularExpressions;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Lines;
using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Sections;

/// <summary>
/// Recognises the labels of an area section from the vocabulary in <see cref="AreaSectionOptions"/>:
/// a line whose whole text (case aside, a trailing colon ignored) is a label word, or that opens
/// with a label word and a colon or a dash followed by the block's first text, or by a phrase
/// ending in a colon that introduces the list below. A score label may
/// carry its number on the same line ("Poäng: 50,5", "POÄNG 83 av 100", "Resultat: 72 poäng", "71 poäng"). Pure.
/// </summary>
internal sealed partial class SectionLabels
{
    private readonly Dictionary<string, SectionLabelKind> _blocks = new(StringComparer.Ordinal);
    private readonly List<string> _scores;

    // The first character of every label, block or score, in lower case.
    private readonly HashSet<char> _initials;

    // The first two characters of every label as normalised (white space a single space); null
    // when some label is shorter, and only the first character can be judged.
    private readonly HashSet<(char, char)>? _openings;

    /// <summary>Builds the recogniser from the options' vocabulary.</summary>
    public SectionLabels(AreaSectionOptions options)
    {
        Add(options.SubheadingLabels, SectionLabelKind.Subheadings);
        Add(options.GeneralLabels, SectionLabelKind.General);
        Add(options.StrengthLabels, SectionLabelKind.Strengths);
        Add(options.ImprovementLabels, SectionLabelKind.Improvements);
        _scores = options.ScoreLabels.Select(Normalise).OrderByDescending(s => s.Length).ToList();
        _initials = _blocks.Keys.Concat(_scores).Where(l => l.Length > 0).Select(l => l[0]).ToHashSet();
        _openings = _blocks.Keys.Concat(_scores).All(l => l.Length >= 2) ? _blocks.Keys.Concat(_scores).Select(l => (l[0], l[1])).ToHashSet() : null;
    }

    /// <summary>The kind of label <paramref name="line"/> is, or null for any other line.</summary>
    public SectionLabelKind? KindOf(TextLine line) => Split(line).Kind;

    /// <summary>
    /// The kind of label <paramref name="line"/> is (null for any other line) and, for a block
    /// label followed on its line by a colon and text ("Styrkor: Tydlig styrmodell"), that text as
    /// a line of its own.
    /// </summary>
    public (SectionLabelKind? Kind, TextLine? Remainder) Split(TextLine line)
        => CannotBeLabel(line.Text) ? (null, null) : Read(line);

    // Split's reading of a line that may be a label, normalised in full.
    internal (SectionLabelKind? Kind, TextLine? Remainder) Read(TextLine line)
    {
        var normalised = Normalise(line.Text);
        if (_blocks.TryGetValue(normalised, out var kind))
        {
            return (kind, null);
        }

        if (ReadNormalisedScore(normalised) is not null)
        {
            return (SectionLabelKind.Score, null);
        }

        for (var k = 0; k < Math.Min(3, line.Words.Count - 1); k++)
        {
            var dashed = IsDash(line.Words[k + 1].Text);
            if ((line.Words[k].Text.EndsWith(':') || dashed)
                && _blocks.TryGetValue(Normalise(string.Join(' ', line.Words.Take(k + 1).Select(w => w.Text))), out var inline))
            {
                var rest = line.Words.Skip(dashed ? k + 2 : k + 1).ToList();

                // "STYRKOR – utvärderarna vill särskilt lyfta fram följande:" introduces the list
                // below; only text that does not end in a colon is the block's first item.
                if (rest.Count == 0 || rest[^1].Text.EndsWith(':'))
                {
                    return (inline, null);
                }

                var box = BoundingBox.UnionOf(rest.Select(w => w.Box))!.Value;
                return (inline, new TextLine(line.Page, line.Row, rest, box, line.FontSize, line.IsBold));
            }
        }

        return (null, null);
    }

    private static bool IsDash(string word) => word is "-" or "–" or "—";

    // Every body line is asked, most of them several times, and most are prose: a line whose
    // first two characters open no label, and that starts with no digit ("71 poäng"), is no
    // label, and is let go without normalising it. A label line's normalised text, or the
    // normalised words before its colon or dash, starts with the whole label, and so with its
    // first two characters. Only Latin-1 characters are judged so (their lower case is the same
    // alone as in the normalised line, and white space there is one space); any other goes the
    // whole way.
    internal bool CannotBeLabel(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return true;
        }

        var first = text[i];
        if (first > '\u00FF' || char.IsDigit(first))
        {
            return false;
        }

        if (!_initials.Contains(LowerCase.Swedish(first)))
        {
            return true;
        }

        if (_openings is null)
        {
            return false;
        }

        // One character alone normalises to less than any label.
        if (i + 1 == text.Length)
        {
            return true;
        }

        var second = text[i + 1];
        return second <= '\u00FF' && !_openings.Contains((LowerCase.Swedish(first), char.IsWhiteSpace(second) ? ' ' : LowerCase.Swedish(second)));
    }

    /// <summary>
    /// For a score label, the number printed on its own line (empty when the number stands apart),
    /// or null when <paramref name="text"/> is not a score label. "Resultat" alone is a heading, not a label.
    /// </summary>
    public string? ReadScore(string text)
        => ReadNormalisedScore(Normalise(text));

    // Split has the line normalised already; every line of a document's body passes through it.
    private string? ReadNormalisedScore(string normalised)
    {
        foreach (var label in _scores)
        {
            if (!normalised.StartsWith(label, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = normalised[label.Length..].TrimStart(':', ' ');
            if (rest.Length == 0)
            {
                return label == "resultat" ? null : string.Empty;
            }

            var match = InlineScore().Match(rest);
            return match.Success ? match.Groups["n"].Value : null;
        }

        // The number may stand before the word, as a unit does ("71 poäng"); "resultat" is never a unit.
        var leading = LeadingScore().Match(normalised);
        return leading.Success && _scores.Contains(leading.Groups["label"].Value) && leading.Groups["label"].Value != "resultat" ? leading.Groups["n"].Value : null;
    }

    private static string Normalise(string text) => WhiteSpace.Collapse(LowerCase.Swedish(text.Trim())).TrimEnd(':', ' ');

    private void Add(IEnumerable<string> words, SectionLabelKind kind)
    {
        foreach (var word in words)
        {
            _blocks[Normalise(word)] = kind;
        }
    }

    [GeneratedRegex(@"^(?<n>\d{1,3}(?:[,.]\d{1,2})?)\s*(?:p|p\.|poäng|av\s*\d{2,3}|/\s*\d{2,3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex InlineScore();

    [GeneratedRegex(@"^(?<n>\d{1,3}(?:[,.]\d{1,2})?)\s*(?<label>\p{L}.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingScore();
}
