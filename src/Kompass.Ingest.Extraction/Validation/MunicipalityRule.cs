using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// <c>unknown-municipality</c>: the document names a municipality (or region) that is not in the
/// official list. Metadata extraction records such a name as printed with a municipality whose
/// code is null (<see cref="Metadata.MunicipalityReader"/>); a code the directory does not hold
/// counts the same. Pure and thread-safe.
/// </summary>
public sealed class MunicipalityRule(MunicipalityDirectory directory) : IDocumentRule
{
    private readonly HashSet<string> _kommunCodes = directory.Kommuner.Where(k => k.Code is not null).Select(k => k.Code!.Value.Value).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _regionCodes = directory.Counties.Select(c => c.Code.Value).ToHashSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public IEnumerable<Flag> Check(ReportExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        if (extraction.MunicipalityAsPrinted is not { } printed || IsOfficial(extraction.Municipality))
        {
            yield break;
        }

        var list = extraction.Municipality?.Kind == MunicipalityKind.Region ? "counties" : "municipalities";
        yield return new Flag(
            FlagCodes.UnknownMunicipality,
            FlagSeverity.Warning,
            null,
            null,
            $"the document names \"{printed.Value}\"{FlagText.Page(printed.Source)}, the official list of {list} has no such name",
            [printed.Source]);
    }

    private bool IsOfficial(Municipality? municipality)
        => municipality?.Code is { } code
           && (municipality.Kind == MunicipalityKind.Region ? _regionCodes : _kommunCodes).Contains(code.Value);
}
