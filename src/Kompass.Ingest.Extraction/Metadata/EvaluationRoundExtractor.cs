using System.Globalization;
using System.Text.RegularExpressions;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Metadata;

/// <summary>
/// Sets <see cref="ReportExtraction.EvaluationRound"/> only from an ordinal that qualifies a
/// singular "utvärdering" ("var kommunens första utvärdering", "den tredje Kommunkompass-
/// utvärderingen", "för andra gången kommunen utvärderas"); "andra utvärderingar" (other
/// evaluations) and "första bild av utvärderingens
/// resultat" do not count. An ordinal after a genitive (kommunens, Vallentunas) is preferred to a
/// bare one, which may recall an earlier round. Kompass documents only. Pure and thread-safe.
/// </summary>
public sealed class EvaluationRoundExtractor : MetadataPart
{
    private static readonly string ExtractorName = ExtractionVersion.Of(nameof(EvaluationRoundExtractor));
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    private readonly MetadataOptions _options;
    private readonly Regex _ordinal;

    /// <summary>Builds the pattern from the vocabulary's ordinals and nouns.</summary>
    public EvaluationRoundExtractor(MetadataOptions? options = null)
    {
        _options = options ?? MetadataOptions.Default;
        var ordinals = string.Join('|', _options.Ordinals.Keys.Select(Regex.Escape));
        var nouns = string.Join('|', _options.EvaluationNouns.OrderByDescending(n => n.Length).Select(Regex.Escape));
        // "andra utvärdering", or "andra gången … utvärderas"; the owner before it ("kommunens")
        // is found by OwnerStart. With the owner in the pattern, as an optional group at its
        // start, every word of the body opened an attempt, which made this one pattern most of
        // the metadata step's time; a match must now start with an ordinal.
        _ordinal = CompiledPatterns.Get(
            $@"(?<!\p{{L}})(?<ordinal>{ordinals})\s+(?:[\p{{L}}\-]*?(?:{nouns})(?!\p{{L}})|gången\s+(?:\p{{L}}+\s+){{0,3}}?utvärderas(?!\p{{L}}))",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <inheritdoc />
    public override ReportExtraction Extract(MetadataSource source, ReportExtraction draft)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(draft);
        if (!IsKompass(source.Type))
        {
            return draft;
        }

        var mentions = Mentions(source.Body.Text);
        var best = mentions.Find(m => m.HasOwner) ?? mentions.FirstOrDefault();
        if (best is null)
        {
            return draft;
        }

        var round = _options.Ordinals[best.Ordinal.ToLower(Swedish)];
        return draft with { EvaluationRound = Sourced.Of(round, source.Body.ProvenanceOf(best.Index, best.Length, ExtractorName)) };
    }

    // Each ordinal that qualifies an evaluation, widened to its owner where one stands right
    // before it: the matches, in order, of "(owner-word-ending-in-s \s+)? ordinal …". An owner
    // is never taken from the text of the mention before (as that pattern's matches never overlap).
    private List<OrdinalMention> Mentions(string text)
    {
        var mentions = new List<OrdinalMention>();
        var previousEnd = 0;
        foreach (Match match in _ordinal.Matches(text))
        {
            var ordinal = match.Groups["ordinal"].Value;
            var end = match.Index + match.Length;
            var ownerStart = OwnerStart(text, match.Index);
            mentions.Add(ownerStart >= previousEnd
                ? new OrdinalMention(ownerStart, end - ownerStart, ordinal, HasOwner: true)
                : new OrdinalMention(match.Index, match.Length, ordinal, HasOwner: false));
            previousEnd = end;
        }

        return mentions;
    }

    // Where the owner of the ordinal at `ordinalStart` begins: a whole word of letters ending in
    // "s", of two letters at least, then white space; -1 when there is none.
    private static int OwnerStart(string text, int ordinalStart)
    {
        var last = ordinalStart - 1;
        while (last >= 0 && char.IsWhiteSpace(text[last]))
        {
            last--;
        }

        if (last == ordinalStart - 1 || last < 1 || char.ToLowerInvariant(text[last]) != 's' || !char.IsLetter(text[last - 1]))
        {
            return -1;
        }

        var first = last - 1;
        while (first > 0 && char.IsLetter(text[first - 1]))
        {
            first--;
        }

        return first;
    }

    // A mention's span in the body (the owner's first letter on, when it has one) and its ordinal as printed.
    private sealed record OrdinalMention(int Index, int Length, string Ordinal, bool HasOwner);
}
