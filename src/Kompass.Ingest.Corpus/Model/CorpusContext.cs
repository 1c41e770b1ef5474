using Kompass.Ingest.Domain.Frameworks;

namespace Kompass.Ingest.Corpus.Model;

/// <summary>
/// What every family draws on: a seeded random source (the only source of variation, so output
/// is deterministic per seed), the framework catalogs from <c>pipelines/frameworks/</c> and the
/// official municipality list.
/// </summary>
public sealed record CorpusContext(Random Random, IReadOnlyList<FrameworkCatalog> Catalogs, IReadOnlyList<OfficialMunicipality> Municipalities)
{
    /// <summary>The official county list (<c>lan.csv</c>), for regions; empty when not loaded.</summary>
    public IReadOnlyList<OfficialCounty> Counties { get; init; } = [];
}

/// <summary>One row of the official list: SCB code, short name, county code.</summary>
public sealed record OfficialMunicipality(string Code, string Name, string CountyCode);

/// <summary>One row of the official county list: 2-digit code, name ("Kalmar län"), short name ("Kalmar").</summary>
public sealed record OfficialCounty(string Code, string Name, string ShortName);
