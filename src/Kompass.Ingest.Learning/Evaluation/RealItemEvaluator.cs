using Kompass.Ingest.Learning.Data;
using Kompass.Ingest.Learning.Models;

namespace Kompass.Ingest.Learning.Evaluation;

/// <summary>
/// Measures the trained models on items of real reports that no model was trained on
/// (<see cref="LabelledItemSet"/>): the sample archive's findings are generated, so its
/// cross-validated figures say how well the models learned the generator; these say how well
/// they learned the areas. The placement is asked among the item's revision's areas, the theme
/// among the subheadings of the area it is printed under. Pure and thread-safe.
/// </summary>
public static class RealItemEvaluator
{
    /// <summary>The figures of <paramref name="models"/> on <paramref name="set"/>; a missing model gets every item of its part wrong.</summary>
    public static RealItemMetrics Evaluate(ModelSet models, LabelledItemSet set)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(set);
        var placements = set.Items
            .Select(i => (Item: i, ReadAs: models.Placement?.Predict(i.Revision, i.Area, i.Text, i.IsStrength)?.Area))
            .ToList();
        var themes = set.Items.Where(i => i.Theme is not null)
            .Select(i => (Item: i, ReadAs: models.Themes?.Predict(i.Revision, i.Area, i.Text, i.IsStrength)?.Label))
            .ToList();
        return new RealItemMetrics(
            set.Source,
            set.Items.Count,
            placements.Count(p => p.ReadAs == p.Item.Area),
            themes.Count,
            themes.Count(t => t.ReadAs == t.Item.Theme),
            placements.Where(p => p.ReadAs != p.Item.Area).ToList(),
            themes.Where(t => t.ReadAs != t.Item.Theme).ToList());
    }
}
