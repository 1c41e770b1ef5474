namespace Kompass.Ingest.Pipeline.Search;

/// <summary>
/// The answer to a search: the terms the words were reduced to, every matching strength or
/// improvement (corrections applied) with where it stands, and how often the theme appears per
/// year against the number of evaluations that year.
/// </summary>
public sealed record SearchResult(string Query, IReadOnlyList<string> Terms, IReadOnlyList<SearchHit> Hits, IReadOnlyList<SearchYear> PerYear);

/// <summary>One matching strength or improvement: whose, when, where (area, item, page, document) and its text.</summary>
public sealed record SearchHit(string Municipality, string? Code, int? Year, int Area, string Kind, int Item, string Text, int? Page, string DocumentSha)
{
    /// <summary>The item's theme (its area's subheading it is about), when the theme model named one.</summary>
    public string? Theme { get; init; }

    /// <summary>The field path of the item, for <c>kompass correct</c>.</summary>
    public string Field => $"areas[{Area}].{(Kind == Storage.FindingRow.StrengthKind ? "strengths" : "improvements")}[{Item}]";
}

/// <summary>
/// How often the theme appears in one year: matching items, the evaluations they come from
/// (duplicates of one evaluation counted once), the evaluations of that year in the store, and
/// the share of those that mention the theme.
/// </summary>
public sealed record SearchYear(int Year, int Hits, int Evaluations, int EvaluatedThatYear, decimal Share);
