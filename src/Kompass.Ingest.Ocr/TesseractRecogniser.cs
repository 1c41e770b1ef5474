using System.Globalization;

namespace Kompass.Ingest.Ocr;

/// <summary>
/// Tesseract called as a process (Debian packages tesseract-ocr and tesseract-ocr-swe): TSV word
/// boxes on standard output. Whether it is installed, with the language, is asked once
/// (<c>tesseract --list-langs</c>); while it is missing it is asked again at most once a minute, so
/// that a long-running worker notices an installation. Thread-safe.
/// </summary>
public sealed class TesseractRecogniser(OcrOptions options) : ITextRecogniser
{
    private static readonly TimeSpan AskAgainAfter = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(20);

    // One engine thread per page: the pipeline already reads documents in parallel, and
    // Tesseract's OpenMP threads on top of that only contend for the same cores.
    private static readonly Dictionary<string, string> SingleThread = new(StringComparer.Ordinal) { ["OMP_THREAD_LIMIT"] = "1" };

    private readonly OcrOptions _options = options ?? throw new ArgumentNullException(nameof(options));
    private readonly Lock _gate = new();
    private string? _signature;
    private long _askedAt = long.MinValue;

    /// <inheritdoc />
    public bool IsAvailable => Signature is not null;

    /// <inheritdoc />
    public string? Signature
    {
        get
        {
            lock (_gate)
            {
                // The machine's tick count, not a TimeProvider: this paces a probe, it records no time.
                var now = Environment.TickCount64;
                if (_signature is null && (_askedAt == long.MinValue || now - _askedAt >= AskAgainAfter.TotalMilliseconds))
                {
                    _askedAt = now;
                    _signature = Probe();
                }

                return _signature;
            }
        }
    }

    /// <inheritdoc />
    public string Recognise(string imagePath, CancellationToken cancellationToken)
        => ExternalTool.Run(
            _options.TesseractPath,
            [imagePath, "stdout", "-l", _options.Language, "--psm", _options.PageSegmentationMode.ToString(CultureInfo.InvariantCulture), "tsv"],
            _options.PageTimeout,
            cancellationToken,
            SingleThread);

    /// <inheritdoc />
    /// <remarks>
    /// Mode 8, a single word, with only the characters of a number allowed: alone, at the page's
    /// resolution, Tesseract reads the digits that the whole page's layout analysis merged or split.
    /// </remarks>
    public string RecogniseNumber(string imagePath, CancellationToken cancellationToken)
        => ExternalTool.Run(
            _options.TesseractPath,
            [imagePath, "stdout", "-l", _options.Language, "--psm", "8", "-c", "tessedit_char_whitelist=0123456789,.%", "tsv"],
            _options.PageTimeout,
            cancellationToken,
            SingleThread);

    private string? Probe()
    {
        try
        {
            var languages = ExternalTool.Run(_options.TesseractPath, ["--list-langs"], ProbeTimeout, CancellationToken.None);
            if (!languages.Split('\n', StringSplitOptions.TrimEntries).Contains(_options.Language, StringComparer.Ordinal))
            {
                return null;
            }

            var version = ExternalTool.Run(_options.TesseractPath, ["--version"], ProbeTimeout, CancellationToken.None)
                .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "tesseract";
            return string.Create(CultureInfo.InvariantCulture, $"{version} {_options.Language} psm{_options.PageSegmentationMode}");
        }
        catch (OcrEngineException)
        {
            return null;
        }
    }
}
