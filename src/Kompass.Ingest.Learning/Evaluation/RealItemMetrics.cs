using Kompass.Ingest.Learning.Data;

namespace Kompass.Ingest.Learning.Evaluation;

/// <summary>
/// How the trained placement and theme models read hand-labelled items of real reports
/// (<see cref="RealItemEvaluator"/>): placements right of all items, themes right of the items
/// with a theme, and every item either got wrong with what the model read instead (null: nothing).
/// </summary>
public sealed record RealItemMetrics(
    string Source,
    int Items,
    int PlacementsRight,
    int ThemedItems,
    int ThemesRight,
    IReadOnlyList<(LabelledItem Item, int? ReadAs)> PlacementMistakes,
    IReadOnlyList<(LabelledItem Item, string? ReadAs)> ThemeMistakes);
