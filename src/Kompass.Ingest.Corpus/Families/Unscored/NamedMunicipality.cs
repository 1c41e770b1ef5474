using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Corpus.Families.Unscored;

/// <summary>
/// A municipality as a document names it: the official list's row and the forms printed for it
/// ("Sundbybergs kommun", "Helsingborgs stad"; genitive "Sundbybergs", "Vallentunas").
/// </summary>
public sealed record NamedMunicipality(OfficialMunicipality Official)
{
    // Municipalities whose documents call themselves "stad" rather than "kommun".
    private static readonly HashSet<string> Cities = new(StringComparer.Ordinal)
    {
        "Borås", "Göteborg", "Helsingborg", "Lidingö", "Malmö", "Mölndal", "Solna", "Stockholm",
        "Trollhättan", "Vaxholm", "Västerås",
    };

    /// <summary>The short official name ("Sundbyberg").</summary>
    public string Name => Official.Name;

    /// <summary>True for the municipalities that print "stad".</summary>
    public bool IsCity => Cities.Contains(Official.Name);

    /// <summary>
    /// The official form: the genitive before "kommun" for names ending in a consonant
    /// ("Sundbybergs kommun", "Strängnäs kommun"), the bare name after a vowel ("Vallentuna kommun"),
    /// and the genitive before "stad" ("Helsingborgs stad", "Malmö stad").
    /// </summary>
    public string OfficialName => IsCity
        ? (EndsWithVowel(Name) ? Name : Genitive) + " stad"
        : (EndsWithVowel(Name) ? Name : Genitive) + " kommun";

    /// <summary>The genitive of the name ("Vallentunas", but "Borås" and "Kalix" stay as they are).</summary>
    public string Genitive => Name.EndsWith('s') || Name.EndsWith('x') || Name.EndsWith('z') ? Name : Name + "s";

    /// <summary>The contract's municipality object.</summary>
    public ExportMunicipality ToExport() => new(Official.Name, Official.Code, "kommun");

    private static bool EndsWithVowel(string name) => "aeiouyåäöAEIOUYÅÄÖ".Contains(name[^1], StringComparison.Ordinal);
}
