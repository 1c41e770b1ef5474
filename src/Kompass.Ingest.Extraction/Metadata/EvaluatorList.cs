namespace Kompass.Ingest.Extraction.Metadata;

/// <summary>
/// What <see cref="EvaluatorListParser"/> made of a text: the names in printed order, and whether
/// every part of the text read as names and organisations (<see cref="IsComplete"/>); a line that
/// does not is not an evaluator line.
/// </summary>
public sealed record EvaluatorList(IReadOnlyList<EvaluatorName> Names, bool IsComplete)
{
    /// <summary>True when the text read completely and holds organisations only ("Sveriges Kommuner och Landsting").</summary>
    public bool IsOrganisationsOnly => IsComplete && Names.Count == 0;
}
