using System.Globalization;
using System.Text.RegularExpressions;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Metadata;

/// <summary>
/// Sets <see cref="ReportExtraction.InterviewCount"/> from "intervjuer med ca 20 personer",
/// "intervjuat 25 personer", "Totalt intervjuades 40 personer", "30 personer intervjuades" or
/// "ett 30-tal personer intervjuades" (30):
/// a count of interviewees within the same clause as a form of "intervju". Kompass documents
/// only. Pure and thread-safe.
/// </summary>
public sealed class InterviewCountExtractor : MetadataPart
{
    private static readonly string ExtractorName = ExtractionVersion.Of(nameof(InterviewCountExtractor));

    private readonly Regex _before;
    private readonly Regex _after;

    /// <summary>Builds the patterns from the vocabulary.</summary>
    public InterviewCountExtractor(MetadataOptions? options = null)
    {
        var vocabulary = options ?? MetadataOptions.Default;
        var qualifiers = string.Join('|', vocabulary.CountQualifiers.OrderByDescending(q => q.Length).Select(Regex.Escape));
        var nouns = string.Join('|', vocabulary.IntervieweeNouns.Select(Regex.Escape));
        const RegexOptions flags = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
        _before = CompiledPatterns.Get($@"intervju\p{{L}}*\s+(?:med\s+)?(?:(?:{qualifiers})\s+)?(?<n>\d{{1,3}})(?:-tal)?\s+(?:\p{{L}}+\s+)?(?:{nouns})(?!\p{{L}})", flags);
        _after = CompiledPatterns.Get($@"(?<!\d)(?<n>\d{{1,3}})(?:-tal)?\s+(?:{nouns})\s+(?:har\s+|hade\s+|blev\s+)?intervju", flags);
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

        var text = source.Body.Text;
        var match = new[] { _before.Match(text), _after.Match(text) }.Where(m => m.Success).MinBy(m => m.Index);
        if (match is null)
        {
            return draft;
        }

        var count = int.Parse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        return count == 0 ? draft : draft with { InterviewCount = Sourced.Of(count, source.Body.ProvenanceOf(match.Index, match.Length, ExtractorName)) };
    }
}
