using System.Text;
using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Pipeline.Tests.Fakes;

/// <summary>
/// Reads a "PDF" whose bytes are text: one word per line on page 1. Bytes starting with
/// <c>BROKEN</c> are refused, <c>THROW</c> makes the reader throw, and an empty file is refused.
/// </summary>
internal sealed class FakeLayoutReader : ILayoutReader
{
    public int Reads { get; private set; }

    public LayoutReadResult Read(byte[] pdf, CancellationToken cancellationToken)
    {
        Reads++;
        var text = Encoding.UTF8.GetString(pdf);
        if (pdf.Length == 0)
        {
            return LayoutReadResult.Failed("empty file (0 bytes)");
        }

        if (text.StartsWith("BROKEN", StringComparison.Ordinal))
        {
            return LayoutReadResult.Failed("damaged PDF:\nno cross-reference table");
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
