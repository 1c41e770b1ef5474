using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Tests.Questions;

/// <summary>An extraction context for a layout built in the test, with the document type the test names.</summary>
internal static class PartContext
{
    public static ExtractionContext For(DocumentLayout layout, DocumentType type)
        => ExtractionContexts.For(layout, type);
}
