using System.Globalization;
using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Domain.Review;
using Kompass.Ingest.Export;
using Kompass.Ingest.Export.Corrections;

namespace Kompass.Ingest.Pipeline.Review;

/// <summary>
/// Applies reviewer corrections to a raw extraction, so that the flag rules can be run again on
/// what the reviewers say the document holds: a flag whose evidence a correction removed is then
/// resolved. A correction sets a value wherever the document prints it: <c>areas[3].score</c>
/// sets the summary table's score, the section's "Poäng" and the question table's total row
/// alike, and <c>year</c> the title's year and the text's alike; the printed places keep their
/// page and box, so messages still point at them. A correction that does not fit the extraction
/// is skipped here: the export's <see cref="CorrectionApplier"/> reports it as stale. Pure.
/// </summary>
public static class ExtractionCorrector
{
    private const string Extractor = "correction";

    /// <summary>The extraction with every correction in force applied, oldest first.</summary>
    public static ReportExtraction Apply(ReportExtraction extraction, IEnumerable<Correction> corrections)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        ArgumentNullException.ThrowIfNull(corrections);
        foreach (var correction in CorrectionsInForce.Of(corrections))
        {
            if (FieldPath.TryParse(correction.Field) is { } path)
            {
                extraction = ApplyOne(extraction, path, correction.NewValue) ?? extraction;
            }
        }

        return extraction;
    }

    // Null when the correction does not fit this extraction.
    private static ReportExtraction? ApplyOne(ReportExtraction x, FieldPath path, string? value)
    {
        if (path.Area is not { } number)
        {
            return SetDocumentField(x, path, value);
        }

        var areas = x.Areas.ToList();
        var index = areas.FindIndex(a => a.Number == number);
        if (index < 0)
        {
            return null;
        }

        var changed = path.Question is { } id ? SetQuestionField(areas[index], id, path, value) : SetAreaField(areas[index], path, value);
        if (changed is null)
        {
            return null;
        }

        areas[index] = changed;
        return x with { Areas = areas };
    }

    private static ReportExtraction? SetDocumentField(ReportExtraction x, FieldPath path, string? value)
    {
        switch (path.Name)
        {
            case "year":
                return Whole(value) is var year && year.Ok
                    ? x with { Year = SetOrClear(x.Year, year.Value), TitleYear = Reset(x.TitleYear, year.Value), TextYear = Reset(x.TextYear, year.Value) }
                    : null;
            case "month":
                return Whole(value) is var month && month.Ok ? x with { Month = SetOrClear(x.Month, month.Value) } : null;
            case "evaluationRound":
                return Whole(value) is var round && round.Ok ? x with { EvaluationRound = SetOrClear(x.EvaluationRound, round.Value) } : null;
            case "reportDate":
                return value is null ? x with { ReportDate = null }
                    : DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? x with { ReportDate = Set(x.ReportDate, date) }
                    : null;
            case "total":
                return Decimal(value) is var total && total.Ok ? x with { Total = SetOrClear(x.Total, total.Value) } : null;
            case "nationalMeanTotal":
                return Decimal(value) is var mean && mean.Ok ? x with { NationalMeanTotal = SetOrClear(x.NationalMeanTotal, mean.Value) } : null;
            case "municipality.code":
                if (value is null)
                {
                    return x with { Municipality = x.Municipality is { } m ? m with { Code = null } : null };
                }

                return MunicipalityCode.TryParse(value, out var code)
                    ? x with { Municipality = (x.Municipality ?? new Municipality(x.MunicipalityAsPrinted?.Value ?? string.Empty, null, KindOf(code))) with { Code = code } }
                    : null;
            case "municipality.name":
                return x with { Municipality = (x.Municipality ?? new Municipality(string.Empty, null, MunicipalityKind.Kommun)) with { Name = value ?? string.Empty } };
            case "documentType":
                return value is not null && ContractNames.DocumentTypeNamed(value) is { } type ? x with { Type = type } : null;
            case "frameworkVersion":
                return value is null ? x with { Framework = null }
                    : FrameworkRevisionNames.TryParse(value.Trim(), out var revision) ? x with { Framework = revision }
                    : null;
            case "title":
                return x with { Title = value is null ? null : Set(x.Title, value) };
            case "evaluators":
                return SetItem(x.Evaluators, path, value) is { } evaluators ? x with { Evaluators = evaluators } : null;
            default:
                return null;
        }
    }

    private static AreaExtraction? SetAreaField(AreaExtraction a, FieldPath path, string? value)
    {
        switch (path.Name)
        {
            case "score":
                if (Decimal(value) is not { Ok: true } score)
                {
                    return null;
                }

                // The area's score wherever it is printed: with one place left at its old value the
                // rules would go on comparing the corrected value with the misread one.
                return a.SummaryScore is null && a.SectionScore is null && a.TableTotal is null
                    ? a with { SummaryScore = SetOrClear<decimal>(null, score.Value) }
                    : a with { SummaryScore = Reset(a.SummaryScore, score.Value), SectionScore = Reset(a.SectionScore, score.Value), TableTotal = Reset(a.TableTotal, score.Value) };
            case "nationalMean":
                return Decimal(value) is var mean && mean.Ok ? a with { NationalMean = SetOrClear(a.NationalMean, mean.Value) } : null;
            case "name":
                return a with { Name = value is null ? null : Set(a.Name, value) };
            case "subheadings":
                return SetItem(a.Subheadings, path, value) is { } subheadings ? a with { Subheadings = subheadings } : null;
            case "strengths":
                return SetItem(a.Strengths, path, value) is { } strengths ? a with { Strengths = strengths } : null;
            case "improvements":
                return SetItem(a.Improvements, path, value) is { } improvements ? a with { Improvements = improvements } : null;
            default:
                return null;
        }
    }

    private static AreaExtraction? SetQuestionField(AreaExtraction a, string id, FieldPath path, string? value)
    {
        var questions = a.Questions.ToList();
        var index = questions.FindIndex(q => q.Id.Value == id);
        if (index < 0)
        {
            return null;
        }

        var q = questions[index];
        QuestionRow? changed = path.Name switch
        {
            "text" => q with { Text = Set(q.Text, value ?? string.Empty) },
            "score" => Decimal(value) is { Ok: true } score ? q with { Score = SetOrClear(q.Score, score.Value) } : null,
            "max" => Decimal(value) is { Ok: true } max ? q with { Max = SetOrClear(q.Max, max.Value) } : null,
            "percent" => Decimal(value) is { Ok: true } percent ? q with { Percent = SetOrClear(q.Percent, percent.Value) } : null,
            _ => null,
        };
        if (changed is null)
        {
            return null;
        }

        questions[index] = changed;
        return a with { Questions = questions };
    }

    // The export's list rules: an item (from 1) is replaced, removed when the value is empty, or
    // added one past the end.
    private static IReadOnlyList<Sourced<string>>? SetItem(IReadOnlyList<Sourced<string>> items, FieldPath path, string? value)
    {
        if (path.Item is not { } item || item > items.Count + 1 || (item == items.Count + 1 && string.IsNullOrEmpty(value)))
        {
            return null;
        }

        var list = items.ToList();
        if (item == list.Count + 1)
        {
            list.Add(Set(null, value!));
        }
        else if (string.IsNullOrEmpty(value))
        {
            list.RemoveAt(item - 1);
        }
        else
        {
            list[item - 1] = Set(list[item - 1], value);
        }

        return list;
    }

    // A corrected value keeps where it was printed; a value the document never printed gets a
    // derived provenance.
    private static Sourced<T> Set<T>(Sourced<T>? printed, T value)
        => new(value, printed is null ? Provenance.Derived(Extractor) : printed.Source with { Extractor = Extractor });

    private static Sourced<T>? Reset<T>(Sourced<T>? printed, T? value)
        where T : struct
        => printed is null ? null : value is { } v ? Set(printed, v) : null;

    private static Sourced<T>? SetOrClear<T>(Sourced<T>? printed, T? value)
        where T : struct
        => value is { } v ? Set(printed, v) : null;

    private static MunicipalityKind KindOf(MunicipalityCode code) => code.Value.Length == 2 ? MunicipalityKind.Region : MunicipalityKind.Kommun;

    private static (bool Ok, int? Value) Whole(string? value)
        => value is null ? (true, null) : CorrectionValues.Integer(value) is { } n ? (true, n) : (false, null);

    private static (bool Ok, decimal? Value) Decimal(string? value)
        => value is null ? (true, null) : CorrectionValues.Number(value) is { } n ? (true, n) : (false, null);
}
