using System.Text;
using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Pipeline.Tests.Fakes;

/// <summary>
/// Reads a "PDF" whose bytes are text: one word per line on page 1. Bytes starting with
/// <c>BROKEN</c> are refused, <c>THROW</c> makes the reader throw, <c>SPIN</c> makes it spin until <see cref="StopSpinning"/>, and an empty file is refused.
/// </summary>
internal sealed class FakeLayoutReader : ILayoutReader
{
    private int _reads;

    // Read by parallel ingest workers.
    public int Reads => Volatile.Read(ref _reads);

    /// <summary>Set once a <c>SPIN</c> file is being read.</summary>
    public ManualResetEventSlim Spinning { get; } = new();

    /// <summary>Ends the spinning of <c>SPIN</c> files (a test sets it when done).</summary>
    public ManualResetEventSlim StopSpinning { get; } = new();

    public LayoutReadResult Read(byte[] pdf, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        var text = Encoding.UTF8.GetString(pdf);
        if (pdf.Length == 0)
        {
            return LayoutReadResult.Failed("empty file (0 bytes)");
        }

        if (text.StartsWith("BROKEN", StringComparison.Ordinal))
        {
            return LayoutReadResult.Failed("damaged PDF:\nno cross-reference table");
        }

        if (text.StartsWith("SPIN", StringComparison.Ordinal))
        {
            // A pathological PDF: the reader spins and does not look at the token.
            Spinning.Set();
            StopSpinning.Wait();
            return LayoutReadResult.Failed("stopped spinning");
        }

        if (text.StartsWith("THROW", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("reader fault\nsecond line");
        }

        var words = text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select((w, i) => new Word(w, new BoundingBox(50, 700 - (i * 12), 150, 710 - (i * 12)), "Carlito", 11, false))
            .ToList();
        return LayoutReadResult.Succeeded(new DocumentLayout([new PageLayout(1, 595, 842, words, [], 0)], [], false));
    }
}
