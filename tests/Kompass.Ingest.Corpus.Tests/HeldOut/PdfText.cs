using System.Diagnostics;

namespace Kompass.Ingest.Corpus.Tests.HeldOut;

/// <summary>
/// The text of a PDF as poppler's <c>pdftotext -layout</c> reads it, one string per page, so tests
/// check what a reader of the file sees rather than what the renderer meant to draw.
/// </summary>
internal static class PdfText
{
    /// <summary>Each page's text, page 1 first.</summary>
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        var directory = Path.Combine(Path.GetTempPath(), "kompass-heldout-tests");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-layout", "-enc", "UTF-8", path, "-" })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start");
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);

            // pdftotext ends every page with a form feed.
            var pages = text.Split('\f');
            return pages[..^1];
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// The pages joined without the running header and footer (the first and last non-empty line
    /// of every page after the cover), so that an item broken across pages reads as one text.
    /// </summary>
    public static string Body(IReadOnlyList<string> pages)
        => string.Join('\n', pages.Select((page, i) =>
        {
            var lines = page.Split('\n').Where(l => l.Trim().Length > 0).ToList();
            return string.Join('\n', i == 0 || lines.Count < 2 ? lines : lines.Skip(1).SkipLast(1));
        }));

    /// <summary>Runs of white space collapsed to one space, trimmed.</summary>
    public static string Collapse(string text)
        => string.Join(' ', text.Split((char[])[' ', '\t', '\r', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
}
