using Kompass.Ingest.Domain.Layout;

namespace Kompass.Ingest.Ocr.Tests;

/// <summary>A text-layer reader that returns a layout built in memory.</summary>
internal sealed class FixedReader(DocumentLayout layout) : ILayoutReader
{
    public LayoutReadResult Read(byte[] pdf, CancellationToken cancellationToken) => LayoutReadResult.Succeeded(layout);
}
