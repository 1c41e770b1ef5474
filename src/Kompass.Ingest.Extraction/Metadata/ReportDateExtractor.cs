using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Metadata.Dates;

namespace Kompass.Ingest.Extraction.Metadata;

/// <summary>
/// Sets <see cref="ReportExtraction.ReportDate"/>: the full date the running headers or footers
/// print most often ("2017-06-25", "16 maj 2010"), else a full date on a short line of the title
/// page outside the title, alone in its row ("18 juli 2015", "Stockholm 2017-06-25"). A range of days is a visit,
/// never a report date; a month without a day is no date. Pure and thread-safe.
/// </summary>
public sealed class ReportDateExtractor : MetadataPart
{
    private static readonly string ExtractorName = ExtractionVersion.Of(nameof(ReportDateExtractor));

    private readonly MetadataOptions _options;
    private readonly SwedishDateParser _dates;

    /// <summary>Builds the extractor from the vocabulary.</summary>
    public ReportDateExtractor(MetadataOptions? options = null)
    {
        _options = options ?? MetadataOptions.Default;
        _dates = new SwedishDateParser(_options);
    }

    /// <inheritdoc />
    public override ReportExtraction Extract(MetadataSource source, ReportExtraction draft)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(draft);
        if (source.Type == DocumentType.Unreadable)
        {
            return draft;
        }

        var date = source.Furniture.MostFrequentFullDate() is { } printed
            ? Sourced.Of(printed.Value.Date!.Value, printed.Source with { Extractor = ExtractorName })
            : FromCover(source);
        return date is null ? draft : draft with { ReportDate = date };
    }

    private Sourced<DateOnly>? FromCover(MetadataSource source)
    {
        // A line alone in its row: a date in a table's cell is a deadline, not the report's date.
        var rows = source.CoverLines.GroupBy(l => l.Row).Where(r => r.Count() == 1).Select(r => r.Key).ToHashSet();
        foreach (var line in source.CoverLines.Where(l => !source.TitleLines.Contains(l) && rows.Contains(l.Row)))
        {
            var date = _dates.FindAll(line.Text).FirstOrDefault(d => d.IsFullDate && !d.IsRange);
            if (date is null)
            {
                continue;
            }

            var others = line.Text.Remove(date.Start, date.Length).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (others <= _options.MaxDateLineWords)
            {
                return Sourced.Of(date.Date!.Value, LineSpan.ProvenanceOf(line, date.Start, date.Length, ExtractorName));
            }
        }

        return null;
    }
}
