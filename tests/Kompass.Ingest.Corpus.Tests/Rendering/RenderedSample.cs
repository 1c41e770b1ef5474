using Kompass.Ingest.Corpus.Model;

namespace Kompass.Ingest.Corpus.Tests.Rendering;

/// <summary>A fixture report, what a renderer made of it, and the text poppler reads back.</summary>
internal sealed record RenderedSample(PrintedReport Report, RenderedReport Result, PdfText Text);
