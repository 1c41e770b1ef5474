using System.Diagnostics;

namespace Kompass.Ingest.Corpus.Tests.Rendering;

/// <summary>The text layer of a PDF as poppler's pdftotext reads it, page by page.</summary>
internal sealed record PdfText(IReadOnlyList<string> Pages, string Errors)
{
    /// <summary>All pages' words in order.</summary>
    public IReadOnlyList<string> Words => Pages.SelectMany(Tokens).ToList();

    /// <summary>The words of one page (1-based).</summary>
    public IReadOnlyList<string> PageWords(int page) => Tokens(Pages[page - 1]);

    /// <summary>Runs <c>pdftotext -raw</c> (content-stream order) over <paramref name="pdf"/>.</summary>
    public static PdfText Read(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kompass-render-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "-raw", "-enc", "UTF-8", path, "-" })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var pages = text.Split('\f').ToList();
            if (pages.Count > 0 && pages[^1].Trim().Length == 0)
            {
                pages.RemoveAt(pages.Count - 1);
            }

            return new PdfText(pages, errors.Result + (process.ExitCode == 0 ? string.Empty : $"exit {process.ExitCode}"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static IReadOnlyList<string> Tokens(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
