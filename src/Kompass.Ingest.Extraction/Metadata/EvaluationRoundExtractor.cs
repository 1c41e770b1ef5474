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
        // "kommunens andra utvärdering", or "för andra gången … utvärderas". A match starts where
        // a word does: the owner's letters from mid-word would end in the same "s" as the whole
        // word's, which is tried first, so only the work changes, not the matches. Without it every
        // letter of the body opened an attempt that ran to the end of its word and back, which made
        // this one pattern most of the metadata step's time.
        _ordinal = CompiledPatterns.Get(
            $@"(?<!\p{{L}})(?:(?<owner>\p{{L}}+s)\s+)?(?<!\p{{L}})(?<ordinal>{ordinals})\s+(?:[\p{{L}}\-]*?(?:{nouns})(?!\p{{L}})|gången\s+(?:\p{{L}}+\s+){{0,3}}?utvärderas(?!\p{{L}}))",
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

        var matches = _ordinal.Matches(source.Body.Text).ToList();
        var best = matches.FirstOrDefault(m => m.Groups["owner"].Success) ?? matches.FirstOrDefault();
        if (best is null)
        {
            return draft;
        }

        var round = _options.Ordinals[best.Groups["ordinal"].Value.ToLower(Swedish)];
        return draft with { EvaluationRound = Sourced.Of(round, source.Body.ProvenanceOf(best.Index, best.Length, ExtractorName)) };
    }
}
