namespace Kompass.Ingest.Domain.Frameworks;

/// <summary>One of a revision's eight areas: its usual name, the other names printed for it, and its usual "Rubriker".</summary>
public sealed record AreaDefinition(int Number, string Name, IReadOnlyList<string> Variants, IReadOnlyList<string> Subheadings)
{
    /// <summary>The usual name followed by every variant.</summary>
    public IEnumerable<string> AllNames => Variants.Prepend(Name);
}
