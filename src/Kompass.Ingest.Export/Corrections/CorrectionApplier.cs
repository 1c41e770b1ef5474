using System.Globalization;
using Kompass.Ingest.Domain.Review;
using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Export.Corrections;

/// <summary>
/// Applies reviewer corrections to a contract document, oldest first, so that the latest
/// correction of a field wins; corrections a reviewer undid are skipped (<see cref="CorrectionsInForce"/>). A correction whose field the document does not have (an area or
/// question the current extraction no longer finds, an item beyond the list, an unknown name) or
/// whose value does not fit the field is not applied but returned as stale, with the reason, so
/// that it is reported and never silently lost. Pure.
/// </summary>
public static class CorrectionApplier
{
    /// <summary>The document with every applicable correction applied, and the ones that were not.</summary>
    public static CorrectedDocument Apply(ExportDocument document, IEnumerable<Correction> corrections)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(corrections);
        var stale = new List<StaleCorrection>();
        foreach (var correction in CorrectionsInForce.Of(corrections))
        {
            var (result, problem) = ApplyOne(document, correction);
            if (problem is null)
            {
                document = result;
            }
            else
            {
                stale.Add(new StaleCorrection(correction, problem));
            }
        }

        return new CorrectedDocument(document, stale);
    }

    private static (ExportDocument Document, string? Problem) ApplyOne(ExportDocument document, Correction correction)
    {
        if (FieldPath.TryParse(correction.Field) is not { } path)
        {
            return (document, $"'{correction.Field}' is not a field path");
        }

        var value = correction.NewValue;
        try
        {
            if (path.Area is not { } number)
            {
                return (SetDocumentField(document, path, value), null);
            }

            var index = document.Areas.ToList().FindIndex(a => a.Number == number);
            if (index < 0)
            {
                return (document, $"the document has no area {number}");
            }

            var area = document.Areas[index];
            var changed = path.Question is { } id ? SetQuestionField(area, id, path, value) : SetAreaField(area, path, value);
            var areas = document.Areas.ToList();
            areas[index] = changed;
            return (document with { Areas = areas }, null);
        }
        catch (FieldProblem problem)
        {
            return (document, problem.Message);
        }
    }

    private static ExportDocument SetDocumentField(ExportDocument d, FieldPath path, string? value) => path.Name switch
    {
        "title" => d with { Title = value },
        "documentType" => d with { DocumentType = value ?? throw new FieldProblem("documentType cannot be empty") },
        "frameworkVersion" => d with { FrameworkVersion = value },
        "year" => d with { Year = Integer(value) },
        "month" => d with { Month = Integer(value) },
        "reportDate" => d with { ReportDate = value },
        "evaluationRound" => d with { EvaluationRound = Integer(value) },
        "total" => d with { Total = Number(value) },
        "nationalMeanTotal" => d with { NationalMeanTotal = Number(value) },
        "evaluators" => d with { Evaluators = SetItem(d.Evaluators, path, value) },
        "municipality.name" => d with { Municipality = (d.Municipality ?? new ExportMunicipality(string.Empty, null, "kommun")) with { Name = value ?? string.Empty } },
        "municipality.code" => d with { Municipality = (d.Municipality ?? new ExportMunicipality(string.Empty, null, "kommun")) with { Code = value } },
        "municipality.kind" => d with { Municipality = (d.Municipality ?? new ExportMunicipality(string.Empty, null, "kommun")) with { Kind = value ?? "kommun" } },
        _ => throw new FieldProblem($"a document has no field '{path.Name}'"),
    };

    private static ExportArea SetAreaField(ExportArea a, FieldPath path, string? value) => path.Name switch
    {
        "name" => a with { Name = value },
        "score" => a with { Score = Number(value) },
        "nationalMean" => a with { NationalMean = Number(value) },
        "subheadings" => a with { Subheadings = SetItem(a.Subheadings, path, value) },
        "strengths" => a with { Strengths = SetItem(a.Strengths, path, value) },
        "improvements" => a with { Improvements = SetItem(a.Improvements, path, value) },
        _ => throw new FieldProblem($"an area has no field '{path.Name}'"),
    };

    private static ExportArea SetQuestionField(ExportArea a, string id, FieldPath path, string? value)
    {
        var questions = a.Questions.ToList();
        var index = questions.FindIndex(q => q.Id == id);
        if (index < 0)
        {
            throw new FieldProblem(string.Create(CultureInfo.InvariantCulture, $"area {a.Number} has no question {id}"));
        }

        var q = questions[index];
        questions[index] = path.Name switch
        {
            "text" => q with { Text = value ?? string.Empty },
            "score" => q with { Score = Number(value) },
            "max" => q with { Max = Number(value) },
            "percent" => q with { Percent = Number(value) },
            _ => throw new FieldProblem($"a question has no field '{path.Name}'"),
        };
        return a with { Questions = questions };
    }

    // A list item (numbered from 1) is replaced, or removed when the new value is empty; one past
    // the end is added. Without an item number the whole list is not a correctable field.
    private static IReadOnlyList<string> SetItem(IReadOnlyList<string> items, FieldPath path, string? value)
    {
        if (path.Item is not { } item)
        {
            throw new FieldProblem($"'{path.Name}' is a list: name the item, e.g. {path.Name}[1]");
        }

        var list = items.ToList();
        if (item > list.Count + 1 || (item == list.Count + 1 && string.IsNullOrEmpty(value)))
        {
            throw new FieldProblem(string.Create(CultureInfo.InvariantCulture, $"'{path.Name}' has {list.Count} items, not {item}"));
        }

        if (item == list.Count + 1)
        {
            list.Add(value!);
        }
        else if (string.IsNullOrEmpty(value))
        {
            list.RemoveAt(item - 1);
        }
        else
        {
            list[item - 1] = value;
        }

        return list;
    }

    private static int? Integer(string? value)
        => value is null ? null : CorrectionValues.Integer(value) ?? throw new FieldProblem($"'{value}' is not a whole number");

    private static decimal? Number(string? value)
        => value is null ? null : CorrectionValues.Number(value) ?? throw new FieldProblem($"'{value}' is not a number");

    private sealed class FieldProblem(string message) : Exception(message);
}

/// <summary>A contract document with the corrections applied, and those that could not be.</summary>
public sealed record CorrectedDocument(ExportDocument Document, IReadOnlyList<StaleCorrection> Stale);

/// <summary>A correction that does not apply to the document as now extracted, and why.</summary>
public sealed record StaleCorrection(Correction Correction, string Reason);
