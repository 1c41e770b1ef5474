namespace Kompass.Ingest.Corpus.Families.Unscored.Related;

/// <summary>
/// A policy, strategy, plan or presentation as printed: title (its first heading), the lines under
/// it, the running footer, the body, and what the truth reports (municipality, year).
/// </summary>
public sealed record RelatedDocument
{
    /// <summary>The title, printed first and largest.</summary>
    public required string Title { get; init; }

    /// <summary>Smaller lines under the title ("Herrljunga kommun", "Antagen av kommunfullmäktige").</summary>
    public IReadOnlyList<string> Subtitle { get; init; } = [];

    /// <summary>The municipality the document names, null when it names none.</summary>
    public NamedMunicipality? Municipality { get; init; }

    /// <summary>The year the document is about: only a single year printed in its title.</summary>
    public int? Year { get; init; }

    /// <summary>Page layout.</summary>
    public RelatedLayout Layout { get; init; } = RelatedLayout.OneColumn;

    /// <summary>Text at the foot of every page (without the page number), null for none.</summary>
    public string? Footer { get; init; }

    /// <summary>The body in printed order.</summary>
    public required IReadOnlyList<DocumentBlock> Blocks { get; init; }

    /// <summary>File name in the archive, without folder.</summary>
    public required string FileName { get; init; }

    /// <summary>Typography.</summary>
    public required MemoStyle Style { get; init; }

    /// <summary>The facts the truth reports.</summary>
    public PrintedFacts Facts() => new()
    {
        DocumentType = UnscoredTruth.RelatedType,
        Title = string.Join(' ', Title.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
        Municipality = Municipality,
        Year = Year,
    };
}
