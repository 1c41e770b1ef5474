using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Metadata;

/// <summary>A phrase together with the municipality it names: official when matched, else Code null.</summary>
public sealed record MunicipalityReading(MunicipalityPhrase Phrase, Municipality Municipality);
