using System.Globalization;
using System.Text;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Export;

/// <summary>
/// Writes the export in long format for spreadsheets and pivot tables: one row per number
/// (a document's total, an area's score or national mean, a question's score, max or percent),
/// each row carrying the document's identity columns. RFC 4180 (comma separator, CRLF rows,
/// quotes doubled), UTF-8 with a byte-order mark so that spreadsheet programs detect the
/// encoding; numbers with a decimal point (invariant culture). Built from the contract documents,
/// so it shows exactly the values of the JSON export.
/// </summary>
public sealed class CsvExportWriter
{
    /// <summary>The header row's column names, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "sha256", "path", "documentType", "municipality", "municipalityCode", "year", "frameworkVersion",
        "area", "question", "label", "measure", "value", "page",
    ];

    /// <summary>Writes the header and one row per value of <paramref name="documents"/>.</summary>
    public void Write(Stream output, IEnumerable<ExportDocument> documents)
    {
        Guard.NotNull(output);
        Guard.NotNull(documents);
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(',', Columns));
        foreach (var document in documents)
        {
            foreach (var row in Rows(document))
            {
                writer.WriteLine(string.Join(',', Fields(row).Select(Field)));
            }
        }
    }

    /// <summary>The long format's rows of one document, in the order the CSV lists them.</summary>
    public static IEnumerable<LongFormatRow> Rows(ExportDocument d)
    {
        Guard.NotNull(d);
        LongFormatRow Row(int? area, string? question, string? label, string measure, decimal value, int? page) => new()
        {
            Sha256 = d.Sha256,
            Path = d.Path,
            DocumentType = d.DocumentType,
            Municipality = d.Municipality?.Name,
            MunicipalityCode = d.Municipality?.Code,
            Year = d.Year,
            FrameworkVersion = d.FrameworkVersion,
            Area = area,
            Question = question,
            Label = label,
            Measure = measure,
            Value = value,
            Page = page,
        };

        if (d.Total is { } total)
        {
            yield return Row(null, null, null, "total", total, null);
        }

        if (d.NationalMeanTotal is { } meanTotal)
        {
            yield return Row(null, null, null, "nationalMeanTotal", meanTotal, null);
        }

        foreach (var a in d.Areas)
        {
            if (a.Score is { } score)
            {
                yield return Row(a.Number, null, a.Name, "score", score, a.Page);
            }

            if (a.NationalMean is { } mean)
            {
                yield return Row(a.Number, null, a.Name, "nationalMean", mean, a.Page);
            }

            foreach (var q in a.Questions)
            {
                foreach (var (measure, value) in new[] { ("score", q.Score), ("max", q.Max), ("percent", q.Percent) })
                {
                    if (value is { } v)
                    {
                        yield return Row(a.Number, q.Id, q.Text, measure, v, q.Page);
                    }
                }
            }
        }
    }

    private static string?[] Fields(LongFormatRow r) =>
    [
        r.Sha256, r.Path, r.DocumentType, r.Municipality, r.MunicipalityCode, Number(r.Year), r.FrameworkVersion,
        Number(r.Area), r.Question, r.Label, r.Measure, r.Value.ToString(CultureInfo.InvariantCulture), Number(r.Page),
    ];

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
