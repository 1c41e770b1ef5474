using Kompass.Ingest.Domain.Frameworks;

namespace Kompass.Ingest.Corpus.Families.Unscored;

/// <summary>
/// Everything a "PM – Utvärdering enligt Kommunkompassen" memo prints, before layout. A template
/// memo (the "xxxxx kommun" draft) has no municipality, year, dates or evaluators.
/// </summary>
public sealed record PmMemo
{
    /// <summary>The municipality to be evaluated; null for the template.</summary>
    public NamedMunicipality? Municipality { get; init; }

    /// <summary>The planned evaluation year; null for the template.</summary>
    public int? Year { get; init; }

    /// <summary>First and last planned visit day; when set, the memo prints the evaluation month ("i oktober 2017").</summary>
    public (DateOnly First, DateOnly Last)? VisitDays { get; init; }

    /// <summary>"hösten"/"våren": printed instead of a month when no visit days are set.</summary>
    public string Season { get; init; } = "hösten";

    /// <summary>The memo's date in the page header; null for the template.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The evaluators named in the memo, in printed order; empty when not yet named.</summary>
    public IReadOnlyList<(string Name, string Organisation)> Evaluators { get; init; } = [];

    /// <summary>The eight areas listed by name.</summary>
    public required IReadOnlyList<AreaDefinition> Areas { get; init; }

    /// <summary>The main questions per area.</summary>
    public required IReadOnlyList<QuestionDefinition> Questions { get; init; }

    /// <summary>Whether questions are printed with their ids ("1.1 Finns …").</summary>
    public bool NumberedQuestions { get; init; }

    /// <summary>Roughly how many people will be interviewed.</summary>
    public int InterviewCount { get; init; } = 20;

    /// <summary>Fonts and sizes of this memo.</summary>
    public required MemoStyle Style { get; init; }

    /// <summary>True for the "xxxxx kommun" template.</summary>
    public bool IsTemplate => Municipality is null;

    /// <summary>The municipality as printed: "Sundbybergs kommun", or "xxxxx kommun" in the template.</summary>
    public string PrintedName => Municipality?.OfficialName ?? "xxxxx kommun";

    /// <summary>The memo's heading, which is its title.</summary>
    public string Title => "Utvärdering enligt Kommunkompassen i " + PrintedName;

    /// <summary>The evaluation month as printed, null when only a season (or nothing) is printed.</summary>
    public int? Month => VisitDays?.First.Month;
}
