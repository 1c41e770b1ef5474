using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Content;

/// <summary>
/// The official lists (kommuner.csv, lan.csv) indexed by short name, to give the truth its codes
/// and to tell a known name from an unknown one. Exact, case-sensitive matches: the generator
/// prints official short names, so anything else is unknown on purpose.
/// </summary>
public sealed class MunicipalityDirectory
{
    private readonly Dictionary<string, OfficialMunicipality> _kommuner;
    private readonly Dictionary<string, OfficialCounty> _counties;

    /// <summary>Indexes the two lists.</summary>
    public MunicipalityDirectory(IReadOnlyList<OfficialMunicipality> kommuner, IReadOnlyList<OfficialCounty> counties)
    {
        ArgumentNullException.ThrowIfNull(kommuner);
        ArgumentNullException.ThrowIfNull(counties);
        Kommuner = kommuner;
        Counties = counties;
        _kommuner = kommuner.ToDictionary(k => k.Name, StringComparer.Ordinal);
        _counties = counties.ToDictionary(c => c.ShortName, StringComparer.Ordinal);
    }

    /// <summary>The 290 municipalities.</summary>
    public IReadOnlyList<OfficialMunicipality> Kommuner { get; }

    /// <summary>The 21 counties.</summary>
    public IReadOnlyList<OfficialCounty> Counties { get; }

    /// <summary>The directory of a corpus context.</summary>
    public static MunicipalityDirectory Of(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new MunicipalityDirectory(context.Municipalities, context.Counties);
    }

    /// <summary>The official code of a short name of <paramref name="kind"/>, or null when the list lacks it.</summary>
    public string? CodeOf(string shortName, MunicipalityKind kind) => kind == MunicipalityKind.Kommun
        ? _kommuner.GetValueOrDefault(shortName)?.Code
        : _counties.GetValueOrDefault(shortName)?.Code;

    /// <summary>True when a name of <paramref name="kind"/> is on the official list.</summary>
    public bool IsOfficial(string shortName, MunicipalityKind kind) => CodeOf(shortName, kind) is not null;
}
