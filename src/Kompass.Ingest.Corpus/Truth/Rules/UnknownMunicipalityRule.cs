using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Truth.Rules;

/// <summary><c>unknown-municipality</c>: the named municipality (or region) is not on the official list.</summary>
public sealed class UnknownMunicipalityRule : IReportRule
{
    /// <inheritdoc />
    public IEnumerable<TruthFlag> Check(PrintedReport report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(context);
        var municipality = report.Municipality;
        if (!context.Directory.IsOfficial(municipality.ShortName, municipality.Kind))
        {
            yield return new TruthFlag(
                FlagCodes.UnknownMunicipality,
                FlagSeverity.Warning,
                null,
                null,
                $"\"{municipality.PrintedName}\" is not on the official list");
        }
    }
}
