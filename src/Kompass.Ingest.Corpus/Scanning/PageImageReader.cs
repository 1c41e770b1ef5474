using System.Diagnostics;
using System.Globalization;
using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Scanning;

/// <summary>
/// Renders the pages of a PDF file as greyscale bitmaps with poppler's <c>pdftoppm</c> (PGM output,
/// which needs no image decoder): the "paper" a scanned copy is made from. A missing or failing
/// pdftoppm is an <see cref="InvalidOperationException"/> with one line to act on.
/// </summary>
public static class PageImageReader
{
    /// <summary>Every page of <paramref name="pdfPath"/> at <paramref name="dpi"/>, first page first.</summary>
    public static IReadOnlyList<GreyBitmap> Render(string pdfPath, int dpi)
    {
        ArgumentNullException.ThrowIfNull(pdfPath);
        var folder = Directory.CreateTempSubdirectory("kompass-scan-");
        try
        {
            var start = new ProcessStartInfo("pdftoppm") { UseShellExecute = false, RedirectStandardError = true };
            foreach (var argument in new[] { "-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", pdfPath, Path.Combine(folder.FullName, "page") })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm could not be started: install poppler-utils");
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"pdftoppm failed on {pdfPath}: {error.Trim()}");
            }

            // pdftoppm numbers the files page-1.pgm … or page-01.pgm … by the page count's width.
            return folder.GetFiles("page-*.pgm")
                .OrderBy(f => int.Parse(f.Name["page-".Length..^".pgm".Length], CultureInfo.InvariantCulture))
                .Select(f => Pgm(File.ReadAllBytes(f.FullName)))
                .ToList();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"pdftoppm could not be started ({e.Message}): install poppler-utils", e);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // Binary PGM: "P5", width, height, maximum value (255), one white-space byte, then the pixels.
    private static GreyBitmap Pgm(byte[] bytes)
    {
        var (fields, position) = (new List<int>(), 2);
        while (fields.Count < 3)
        {
            while (char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            var begin = position;
            while (!char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            fields.Add(int.Parse(System.Text.Encoding.ASCII.GetString(bytes, begin, position - begin), CultureInfo.InvariantCulture));
        }

        var bitmap = new GreyBitmap(fields[0], fields[1]);
        bytes.AsSpan(position + 1, bitmap.Pixels.Length).CopyTo(bitmap.Pixels);
        return bitmap;
    }
}
