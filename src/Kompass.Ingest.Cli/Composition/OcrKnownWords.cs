using Kompass.Ingest.Domain.Frameworks;

namespace Kompass.Ingest.Cli.Composition;

/// <summary>
/// The words OCR'd text is corrected towards (<see cref="Ocr.OcrWordCorrector"/>): the labels the
/// parsers look for and every area name, variant and subheading of the framework catalogs, so that a
/// new catalog brings its words along.
/// </summary>
public static class OcrKnownWords
{
    // The labels the section, summary and question-table parsers anchor on.
    private static readonly string[] Labels =
    [
        "Poäng", "STYRKOR", "FÖRBÄTTRINGSOMRÅDEN", "Rubriker", "TOTALT", "Totalt", "Medelvärde",
        "Nationellt", "Genomsnitt", "Sverigesnitt", "Uppnått", "Område", "Tabell", "Översikt",
        "poängfördelning", "Kommunkompassen", "KommunKompassen", "Utvärdering", "Analys", "Återkoppling",
    ];

    /// <summary>The labels and the catalogs' names, each once.</summary>
    public static IReadOnlyList<string> From(IEnumerable<FrameworkCatalog> catalogs)
    {
        ArgumentNullException.ThrowIfNull(catalogs);
        return Labels
            .Concat(catalogs.SelectMany(c => c.Areas).SelectMany(a => a.Variants.Append(a.Name).Concat(a.Subheadings)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
