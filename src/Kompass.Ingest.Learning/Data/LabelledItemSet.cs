namespace Kompass.Ingest.Learning.Data;

/// <summary>The labelled items of one file (<see cref="LabelledItemsParser"/>), named by <paramref name="Source"/> in the metrics.</summary>
public sealed record LabelledItemSet(string Source, IReadOnlyList<LabelledItem> Items);
