using System.Globalization;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Learning.Models;

namespace Kompass.Ingest.Learning.Inference;

/// <summary>
/// The rules (<paramref name="rules"/>) and then the placement model: an area the rules raised no
/// <c>finding-misplaced</c> for gets one (severity info, as the contract says) when one of its
/// findings reads as another area (<see cref="ReadsMisplaced"/>); the
/// strongest such finding is the evidence. At most one flag per area, as the rule does, so a flag's
/// identity (document, code, area) is the same whoever raised it. Thread-safe when the rules are.
/// </summary>
public sealed class PlacementValidator(IDocumentValidator rules, PlacementModel model, LearningOptions options) : IDocumentValidator
{
    private const int ShortenedLength = 60;

    private readonly IDocumentValidator _rules = rules ?? throw new ArgumentNullException(nameof(rules));
    private readonly PlacementModel _model = model ?? throw new ArgumentNullException(nameof(model));
    private readonly LearningOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <inheritdoc />
    public IReadOnlyList<Flag> Validate(ReportExtraction extraction)
    {
        var flags = _rules.Validate(extraction);
        if (extraction.Framework is not { } revision)
        {
            return flags;
        }

        var flagged = flags.Where(f => f.Code == FlagCodes.FindingMisplaced).Select(f => f.Area).ToHashSet();
        var added = extraction.Areas
            .Where(a => !flagged.Contains(a.Number))
            .Select(a => Strongest(revision, a))
            .OfType<Flag>()
            .ToList();
        return added.Count == 0 ? flags : [.. flags, .. added];
    }

    /// <summary>
    /// True when <paramref name="reading"/> names another area than <paramref name="printedArea"/>
    /// with at least <see cref="LearningOptions.MisplacedMinProbability"/> and at least
    /// <see cref="LearningOptions.MisplacedMinRatio"/> times the printed area's probability.
    /// </summary>
    public static bool ReadsMisplaced(AreaReading reading, int printedArea, LearningOptions options)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(options);
        return reading.Area != printedArea
               && reading.Probability >= options.MisplacedMinProbability
               && reading.Probability >= options.MisplacedMinRatio * reading.PrintedAreaProbability;
    }

    private Flag? Strongest(FrameworkRevision revision, AreaExtraction area)
    {
        var misplaced = area.Strengths.Select(s => (Item: s, IsStrength: true)).Concat(area.Improvements.Select(i => (Item: i, IsStrength: false)))
            .Select(f => (f.Item, Reading: _model.Predict(revision, area.Number, f.Item.Value, f.IsStrength)))
            .Where(f => f.Reading is { } r && ReadsMisplaced(r, area.Number, _options))
            .OrderByDescending(f => f.Reading!.Probability)
            .FirstOrDefault();
        return misplaced.Item is null ? null : ToFlag(area.Number, misplaced.Item, misplaced.Reading!);
    }

    private static Flag ToFlag(int area, Sourced<string> item, AreaReading reading)
    {
        var text = item.Value.Length <= ShortenedLength ? item.Value : item.Value[..ShortenedLength].TrimEnd() + "…";
        var page = item.Source.Page > 0 ? string.Create(CultureInfo.InvariantCulture, $" (page {item.Source.Page})") : string.Empty;
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"area {area}: \"{text}\"{page} reads as area {reading.Area} to the placement model (probability {reading.Probability:0.00}, its own area {reading.PrintedAreaProbability:0.00})");
        return new Flag(FlagCodes.FindingMisplaced, FlagSeverity.Info, area, null, message, [item.Source]);
    }
}
