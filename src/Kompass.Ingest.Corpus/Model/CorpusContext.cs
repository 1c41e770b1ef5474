using Kompass.Ingest.Domain.Frameworks;

namespace Kompass.Ingest.Corpus.Model;

/// <summary>
/// What every family draws on: a seeded random source (the only source of variation, so output
/// is deterministic per seed), the framework catalogs from <c>pipelines/frameworks/</c> and the
/// official municipality list.
/// </summary>
public sealed record CorpusContext(Random Random, IReadOnlyList<FrameworkCatalog> Catalogs, IReadOnlyList<OfficialMunicipality> Municipalities);

/// <summary>One row of the official list: SCB code, short name, county code.</summary>
public sealed record OfficialMunicipality(string Code, string Name, string CountyCode);
