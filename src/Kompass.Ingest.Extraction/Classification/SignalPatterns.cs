using System.Text.RegularExpressions;

namespace Kompass.Ingest.Extraction.Classification;

/// <summary>
/// The wording that identifies the Kompass document families, as seen on real covers and in the
/// 2017 seed report. Case-insensitive unless said otherwise; "Kommun Kompassen" (2010–2012
/// covers) and hyphenated forms are included.
/// </summary>
internal static partial class SignalPatterns
{
    [GeneratedRegex(@"kommun[\s\-]*kompass", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Kompass();

    [GeneratedRegex(@"region[\s\-]*kompass", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Regionkompass();

    [GeneratedRegex(@"\banalys\s+av\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex AnalysisOf();

    /// <summary>"PM" in capitals as a word: "pm" in running text is rarely the memo.</summary>
    [GeneratedRegex(@"\bPM\b", RegexOptions.CultureInvariant)]
    public static partial Regex Memo();

    /// <summary>
    /// The memo's heading, "Utvärdering enligt Kommunkompassen i X kommun", at the start of a cover
    /// row: the same words inside a sentence or a longer title ("Handlingsplan efter utvärdering
    /// enligt Kommunkompassen") name the evaluation without being the memo about it.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:PM\s*[-–—:]?\s*)?utvärdering\s+enligt\s+kommun[\s\-]*kompass", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    public static partial Regex EvaluationPlan();

    [GeneratedRegex(@"återkoppling", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Feedback();

    [GeneratedRegex(@"\bområde\s+([1-8])\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex AreaSection();

    /// <summary>"1. Offentlighet och demokrati 71 55": area number with its period, a name without digits or dot leaders, then scores.</summary>
    [GeneratedRegex(@"^\s*([1-8])\.\s+\p{L}(?:(?!\.\.)[^\d%])*?\s\d{1,3}(?:[,.]\d)?(?:\s+\d{1,3}(?:[,.]\d)?)*\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex SummaryRow();

    /// <summary>Score, max and percent: "10 15 65%", "7,5 10 75 %".</summary>
    [GeneratedRegex(@"(?<![\d,.])\d{1,2}(?:[,.]\d{1,2})?\s+\d{1,3}\s+\d{1,3}\s?%", RegexOptions.CultureInvariant)]
    public static partial Regex ScoreTriple();

    [GeneratedRegex(@"\bpoäng\s*:?\s*\d{1,3}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex SectionScore();

    [GeneratedRegex(@"^\s*totalt?\b\D{0,20}\d{2,3}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Total();

    [GeneratedRegex(@"poängfördelning|poängsammanställning|poängöversikt", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ScoreOverview();
}
