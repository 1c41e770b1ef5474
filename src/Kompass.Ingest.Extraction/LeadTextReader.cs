using System.Text;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction;

/// <summary>
/// The text of a document's first pages, line by line in reading order, as the store keeps it for
/// the learned second opinion on the document's type (<see cref="ReportExtraction.LeadText"/>).
/// The cover alone is often a title and a logo, so the first <see cref="Pages"/> pages with text
/// are read; the text is cut at <see cref="ReportExtraction.LeadTextMaxLength"/> characters so a
/// store of thousands of documents stays small. Pure and thread-safe.
/// </summary>
public static class LeadTextReader
{
    /// <summary>How many pages with text are read (3: cover, contents or summary, first section).</summary>
    public const int Pages = 3;

    /// <summary>The lead text of <paramref name="pages"/>, or null when none has a line.</summary>
    public static string? Read(IReadOnlyList<PageLines> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var text = new StringBuilder();
        foreach (var page in pages.Where(p => p.Lines.Count > 0).Take(Pages))
        {
            foreach (var line in page.Lines)
            {
                if (text.Length + line.Text.Length + 1 > ReportExtraction.LeadTextMaxLength)
                {
                    return text.ToString();
                }

                text.Append(line.Text).Append('\n');
            }
        }

        return text.Length == 0 ? null : text.ToString();
    }
}
