using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Furniture;
using Kompass.Ingest.Extraction.Metadata.Dates;

namespace Kompass.Ingest.Extraction.Metadata;

/// <summary>
/// Sets the evaluation's <see cref="ReportExtraction.TitleYear"/> (the last year in the title, else
/// on a date line of its own right below it),
/// <see cref="ReportExtraction.TextYear"/> (the first year of the sentence that dates the
/// evaluation, "genomfördes i … YYYY"), <see cref="ReportExtraction.Year"/> (title, else text,
/// else for Kompass documents the year the running headers print most),
/// <see cref="ReportExtraction.Month"/> and <see cref="ReportExtraction.FirstVisitDay"/> (from a
/// month printed for the evaluation: in the title, on a cover line of its own, or in the dating
/// sentence; never from the report date, and none for "under hösten 2016"). Pure and thread-safe.
/// </summary>
public sealed class EvaluationDateExtractor : MetadataPart
{
    private static readonly string ExtractorName = ExtractionVersion.Of(nameof(EvaluationDateExtractor));

    private readonly SwedishDateParser _dates;
    private readonly EvaluationSentenceFinder _sentences;

    /// <summary>Builds the extractor from the vocabulary.</summary>
    public EvaluationDateExtractor(MetadataOptions? options = null)
    {
        _dates = new SwedishDateParser(options);
        _sentences = new EvaluationSentenceFinder(options);
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

        var title = TitleDates(source);
        var text = TextDates(source, draft.Municipality?.Name);
        var kompass = IsKompass(source.Type);
        var cover = kompass ? CoverDates(source) : [];

        // A year on a line of its own right below the title belongs to the cover's heading.
        var titleYear = title.LastOrDefault() ?? cover.FirstOrDefault();
        var textYear = text.FirstOrDefault();
        var fallbackYear = kompass ? FurnitureYear(source.Furniture) : null;
        var month = title.FirstOrDefault(d => d.Value.Month is not null)
            ?? cover.FirstOrDefault(d => d.Value.Month is not null)
            ?? text.FirstOrDefault(d => d.Value.Month is not null);
        var visit = month is { Value.Day: not null }
            ? month
            : text.Concat(cover).FirstOrDefault(d => d.Value.Day is not null && d.Value.Month == month?.Value.Month && d.Value.Year == month?.Value.Year);

        return draft with
        {
            TitleYear = YearOf(titleYear),
            TextYear = YearOf(textYear),
            Year = YearOf(titleYear ?? textYear ?? fallbackYear),
            Month = month is null ? null : Sourced.Of(month.Value.Month!.Value, month.Source),
            FirstVisitDay = visit is null ? null : Sourced.Of(visit.Value.Date!.Value, visit.Source),
        };
    }

    private List<Sourced<DateMention>> TitleDates(MetadataSource source)
    {
        if (source.TitleLines.Count > 0)
        {
            var stream = TextStream.Of(source.TitleLines);
            return _dates.FindAll(stream.Text, includeBareYears: true)
                .Select(d => Sourced.Of(d, stream.ProvenanceOf(d.Start, d.Length, ExtractorName))).ToList();
        }

        return source.Title is { } title
            ? _dates.FindAll(title.Value, includeBareYears: true).Select(d => Sourced.Of(d, title.Source with { Extractor = ExtractorName })).ToList()
            : [];
    }

    // The first dating sentence that holds a date or year gives every text date; one that names
    // the municipality goes first ("Den första utvärderingen i Sverige genomfördes 2002" does not
    // date this one).
    private List<Sourced<DateMention>> TextDates(MetadataSource source, string? municipality)
    {
        var body = source.Body;
        var sentences = _sentences.Find(body)
            .OrderBy(s => municipality is not null && body.Text.AsSpan(s.Start, s.Length).Contains(municipality, StringComparison.OrdinalIgnoreCase) ? 0 : 1);
        foreach (var sentence in sentences)
        {
            // The date the verb governs: after it ("genomfördes i februari 2017"), else the
            // nearest before it ("Under hösten 2016 genomfördes …").
            var mentions = _dates.FindAll(body.Text.Substring(sentence.Start, sentence.Length), includeBareYears: true)
                .Select(d => d with { Start = sentence.Start + d.Start })
                .OrderBy(d => d.Start >= sentence.Verb ? 0 : 1)
                .ThenBy(d => d.Start >= sentence.Verb ? d.Start : -d.Start)
                .ToList();
            if (mentions.Count > 0)
            {
                return mentions.Select(d => Sourced.Of(d, body.ProvenanceOf(d.Start, d.Length, ExtractorName))).ToList();
            }
        }

        return [];
    }

    // Cover lines below the title that print a date and nothing else: "FEBRUARI 2017", "2017" or
    // a visit "13–15 december 2010" states the evaluation; a single full date is the report date,
    // unless the running headers print another report date, which makes it the visit.
    private List<Sourced<DateMention>> CoverDates(MetadataSource source)
    {
        var reportDate = source.Furniture.MostFrequentFullDate()?.Value.Date;
        var found = new List<Sourced<DateMention>>();
        foreach (var line in source.LinesBelowTitle)
        {
            var mentions = _dates.FindAll(line.Text, includeBareYears: true);
            if (mentions.Count != 1 || line.Text.Remove(mentions[0].Start, mentions[0].Length).Any(char.IsLetter))
            {
                continue;
            }

            var date = mentions[0];
            var isEvaluation = date.Kind is DateKind.MonthYear or DateKind.YearOnly || date.IsRange || (reportDate is not null && date.Date != reportDate);
            if (isEvaluation)
            {
                found.Add(Sourced.Of(date, LineSpan.ProvenanceOf(line, date.Start, date.Length, ExtractorName)));
            }
        }

        return found;
    }

    private static Sourced<DateMention>? FurnitureYear(FurnitureResult furniture)
        => furniture.Dates.GroupBy(d => d.Value.Year).OrderByDescending(g => g.Count()).Select(g => g.First()).FirstOrDefault();

    private static Sourced<int>? YearOf(Sourced<DateMention>? mention)
        => mention is null ? null : Sourced.Of(mention.Value.Year, mention.Source);
}
