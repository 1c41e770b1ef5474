using System.Diagnostics;
using System.Globalization;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace Kompass.Ingest.Cli.Tests;

/// <summary>
/// Runs <c>kompass eval</c> on the scanned sample (<c>corpus/scanned</c>: sample reports printed
/// and scanned back as page images, made by <c>kompass corpus scan</c>) and holds OCR to the
/// figures issue 9 asks for. Needs Tesseract with Swedish (Debian packages tesseract-ocr and
/// tesseract-ocr-swe, which .ci/run installs); skipped with that reason where they are missing.
/// The time per page is printed, never asserted. Each run of the class recognises the pages once,
/// into a fresh OCR cache of its own (<see cref="ScannedEvalRuns"/>), and a second eval reads them from it.
/// </summary>
public sealed class ScannedSampleEvalTests(ITestOutputHelper output, ScannedEvalRuns runs) : IClassFixture<ScannedEvalRuns>
{

    // Issue 9 asks for area scores 95 %, question rows F1 90 % and strengths/improvements F1 85 %.
    // The OCR repairs were developed on an earlier scanned sample, where they reached 100 %, 92.2 %
    // and 88.5 %. This sample was scanned afresh from the regenerated archive and measured blind
    // (README, Scanned reports: 91.7 %, 73.4 %, 67.6 %; its 2002 report is the weak one). Made
    // general on development scans of other reports and measured blind again: 91.7 %, 92.3 %,
    // 85.2 % (extraction/0.9). Its failures were then looked at, and what they showed was mended
    // in general (a comma half a digit wide, unsure numbers read again, a percent sign's width,
    // scores from their percents, "4," headings, descender-only words, hanging indents, one large
    // header): 100 %, 98.5 %, 96.5 % (extraction/0.10; no longer blind: a fresh set scanned before
    // that work is the blind check, README). The floors sit above the figures.
    [SkippableTheory]
    [InlineData("areaScore", 0.95)]
    [InlineData("questionRowsF1", 0.95)]
    [InlineData("findingsF1", 0.90)]
    [InlineData("documentType", 1.0)]
    public void Eval_ScannedSample_ReachesTheOcrFigure(string term, double floor)
    {
        Skip.IfNot(TesseractInstalled(), "tesseract with Swedish is not installed: apt-get install tesseract-ocr tesseract-ocr-swe");
        var (run, report, elapsed) = runs.First.Value;
        Assert.True(report is not null, run.ToString());

        var value = report.RootElement.GetProperty("overall").GetProperty("summaryTerms").EnumerateArray()
            .Single(t => t.GetProperty("name").GetString() == term)
            .GetProperty("value").GetDouble();

        var pages = ScannedPages();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{term}: {value:P1}; {pages} scanned pages in {elapsed.TotalSeconds:0.0} s, {elapsed.TotalSeconds / pages:0.00} s a page (the whole eval)"));
        Assert.True(value >= floor, $"{term}: {value:P2} is below {floor:P0}\n{run.Error}");
    }

    [SkippableFact]
    public void Eval_ScannedSample_EveryDocumentCarriesLowTextQuality()
    {
        Skip.IfNot(TesseractInstalled(), "tesseract with Swedish is not installed: apt-get install tesseract-ocr tesseract-ocr-swe");
        var (run, report, _) = runs.First.Value;
        Assert.True(report is not null, run.ToString());

        var recall = report.RootElement.GetProperty("overall").GetProperty("summaryTerms").EnumerateArray()
            .Single(t => t.GetProperty("name").GetString() == "expectedFlagRecall")
            .GetProperty("value").GetDouble();

        // The scanned truths expect exactly one flag each: low-text-quality.
        Assert.Equal(1.0, recall);
    }

    [SkippableFact]
    public void Eval_ScannedSampleAgainWithTheSameOcrCache_ReadsEveryPageFromItAndScoresTheSame()
    {
        Skip.IfNot(TesseractInstalled(), "tesseract with Swedish is not installed: apt-get install tesseract-ocr tesseract-ocr-swe");
        var (first, _, _) = runs.First.Value;
        var written = runs.CacheFiles();

        var (second, _, _) = runs.Second.Value;

        Assert.Equal(0, second.ExitCode);
        // Compared without printing either: the scanned sample's figures stay out of the test output.
        Assert.True(first.Output == second.Output, "the second eval, reading the OCR cache, scored differently");
        // One recognition per page; the re-reads of a page's misfit numbers are kept beside it, under its key and the method's.
        Assert.Equal(ScannedPages(), written.Keys.Count(f => !Path.GetFileName(f).Contains("-numbers-", StringComparison.Ordinal)));
        Assert.Equal(written, runs.CacheFiles());
    }

    private static int ScannedPages()
        => Directory.EnumerateFiles(Path.Combine(Repository.Root(), "corpus", "scanned", "archive"), "*.pdf", SearchOption.AllDirectories)
            .Sum(f =>
            {
                using var document = PdfDocument.Open(f);
                return document.NumberOfPages;
            });

    internal static bool TesseractInstalled()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("tesseract", "--list-langs") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false });
            var languages = process!.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 && languages.Split('\n', StringSplitOptions.TrimEntries).Contains("swe");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
