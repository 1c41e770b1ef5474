namespace Kompass.Ingest.Extraction.Classification;

/// <summary>
/// The facts the classifier decides on, kept as plain numbers and flags so that a later learned
/// model can use them as features and disagree with the rules. "Cover" is the first page with text;
/// a "row" is one baseline band of a page, its pieces joined.
/// </summary>
public sealed record DocumentSignals
{
    /// <summary>Pages read.</summary>
    public int PageCount { get; init; }

    /// <summary>Letters and digits in the whole text layer.</summary>
    public int TextCharacters { get; init; }

    /// <summary>Images on all pages.</summary>
    public int ImageCount { get; init; }

    /// <summary>1-based page number of the cover (the first page with a letter on it), 0 when there is none.</summary>
    public int CoverPage { get; init; }

    /// <summary>The cover names KommunKompassen ("KommunKompassen", "Kommun Kompassen", "KOMMUNKOMPASSEN").</summary>
    public bool CoverNamesKompass { get; init; }

    /// <summary>The cover says "Analys av".</summary>
    public bool CoverSaysAnalysis { get; init; }

    /// <summary>The cover carries the word "PM" in capitals.</summary>
    public bool CoverSaysMemo { get; init; }

    /// <summary>The cover says "Utvärdering enligt Kommunkompassen", the memo's heading.</summary>
    public bool CoverSaysEvaluationPlan { get; init; }

    /// <summary>The cover says "Återkoppling".</summary>
    public bool CoverSaysFeedback { get; init; }

    /// <summary>The cover names Regionkompassen.</summary>
    public bool CoverNamesRegionkompassen { get; init; }

    /// <summary>How often the whole text names KommunKompassen.</summary>
    public int KompassMentions { get; init; }

    /// <summary>Distinct area numbers (1–8) named as "Område N".</summary>
    public int AreaSections { get; init; }

    /// <summary>Distinct area numbers with a summary-table row ("1. Offentlighet och demokrati 71 55").</summary>
    public int SummaryAreas { get; init; }

    /// <summary>Rows holding a score, max and percent ("10 15 65%"): question-table rows.</summary>
    public int ScoreRows { get; init; }

    /// <summary>Section scores ("Poäng 71").</summary>
    public int SectionScores { get; init; }

    /// <summary>A row starting with TOTALT and a number.</summary>
    public bool HasTotal { get; init; }

    /// <summary>A score overview heading ("Översikt av poängfördelning", "Poängsammanställning").</summary>
    public bool HasScoreOverview { get; init; }
}
