using System.Globalization;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Classification;

/// <summary>
/// A first, rule-based classifier. It reads the cover (the first page with text) for what the
/// document says it is, and the whole text for score structure: naming KommunKompassen is not
/// enough to be a report, an analysis also needs scores (a score table, a TOTALT row, section
/// scores). Rules, in order: no text ⇒ unreadable; Regionkompassen on the cover; the evaluation
/// memo ("PM", "Utvärdering enligt Kommunkompassen"); "Återkoppling" with Kommunkompassen ⇒ feedback; a KommunKompassen
/// analysis cover with scores, or scores with area sections ⇒ analysis; anything else is a related
/// document. Pure and thread-safe.
/// </summary>
public sealed class DocumentClassifier(DocumentClassifierOptions? options = null)
{
    /// <summary>The reason given for a document without a text layer.</summary>
    public const string NoTextReason = "no text layer: the pages are images or blank; OCR is not available yet";

    private readonly DocumentClassifierOptions _options = options ?? new DocumentClassifierOptions();
    private readonly DocumentSignalExtractor _signals = new();

    /// <summary>Classifies a document from its pages' lines.</summary>
    public DocumentClassification Classify(IReadOnlyList<PageLines> pages)
    {
        var s = _signals.Extract(pages);
        var scores = ScoreEvidence(s);
        var cover = string.Create(CultureInfo.InvariantCulture, $"the cover (page {s.CoverPage})");

        if (s.TextCharacters < _options.MinTextCharacters)
        {
            return new(DocumentType.Unreadable, NoTextReason, s);
        }

        if (s.CoverNamesRegionkompassen)
        {
            return new(DocumentType.Regionkompassen, $"{cover} names Regionkompassen", s);
        }

        if (s.CoverSaysEvaluationPlan && (s.CoverSaysMemo || scores.Count == 0))
        {
            return new(DocumentType.KommunKompassenPm, $"{cover} says {(s.CoverSaysMemo ? "PM, " : string.Empty)}'Utvärdering enligt Kommunkompassen'", s);
        }

        if (s.CoverSaysFeedback && (s.CoverNamesKompass || (scores.Count > 0 && s.KompassMentions > 0)))
        {
            return new(DocumentType.KommunKompassenFeedback, $"{cover} says 'Återkoppling' and names Kommunkompassen; {Describe(scores)}", s);
        }

        if (scores.Count > 0 && s.CoverNamesKompass && s.CoverSaysAnalysis)
        {
            return new(DocumentType.KommunKompassenAnalysis, $"{cover} says KommunKompassen 'Analys av'; {Describe(scores)}", s);
        }

        if (scores.Count > 0 && s.KompassMentions > 0 && s.AreaSections >= _options.MinAreaSections)
        {
            return new(DocumentType.KommunKompassenAnalysis,
                string.Create(CultureInfo.InvariantCulture, $"no analysis cover, but the text names Kommunkompassen, has {s.AreaSections} area sections and {Describe(scores)}"), s);
        }

        return new(DocumentType.RelatedDocument, RelatedReason(s, cover, scores), s);
    }

    private List<string> ScoreEvidence(DocumentSignals s)
    {
        var evidence = new List<string>();
        if (s.SummaryAreas >= _options.MinSummaryAreas)
        {
            evidence.Add(string.Create(CultureInfo.InvariantCulture, $"a summary table with {s.SummaryAreas} areas"));
        }

        if (s.ScoreRows >= _options.MinScoreRows)
        {
            evidence.Add(string.Create(CultureInfo.InvariantCulture, $"{s.ScoreRows} score rows"));
        }

        if (s.SectionScores >= _options.MinSectionScores)
        {
            evidence.Add(string.Create(CultureInfo.InvariantCulture, $"{s.SectionScores} section scores"));
        }

        if (s.HasTotal && (evidence.Count > 0 || s.AreaSections >= _options.MinAreaSections))
        {
            evidence.Add("a TOTALT row");
        }

        return evidence;
    }

    private static string Describe(List<string> scores)
        => scores.Count == 0 ? "no scores" : "scores: " + string.Join(", ", scores);

    private static string RelatedReason(DocumentSignals s, string cover, List<string> scores)
    {
        if (s.CoverNamesKompass && s.CoverSaysAnalysis)
        {
            return $"{cover} says KommunKompassen 'Analys av', but no score table, TOTALT or section scores were found";
        }

        if (s.KompassMentions > 0)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"names Kommunkompassen {s.KompassMentions} time(s) but has no Kompass title{(scores.Count == 0 ? " and no scores" : string.Empty)}");
        }

        return "no Kompass title, no mention of Kommunkompassen";
    }
}
