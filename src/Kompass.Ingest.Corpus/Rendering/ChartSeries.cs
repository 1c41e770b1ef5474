using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>One series of a spider chart: its legend text, a value per axis (0–100), its colour and line style.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal> Values, RgbColour Colour, bool Dashed = false);
