using System.Globalization;
using CsvHelper;

namespace Kompass.Ingest.Cli.Commands.Analysis;

/// <summary>CSV for the analysts' verbs (CsvHelper: RFC 4180 quoting), as text for standard output.</summary>
internal static class CsvText
{
    public static string Write(string[] header, IEnumerable<string[]> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, options: null, leaveOpen: true))
        {
            csv.WriteHeader(header);
            foreach (var row in rows)
            {
                csv.WriteRecord(row);
            }

            csv.Flush();
        }

        return text.ToString();
    }
}
