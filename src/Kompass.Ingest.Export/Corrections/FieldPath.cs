using System.Globalization;
using System.Text.RegularExpressions;

namespace Kompass.Ingest.Export.Corrections;

/// <summary>
/// A correctable field of a contract document, parsed from its path: a document field
/// (<c>year</c>, <c>municipality.code</c>, <c>evaluators[2]</c>), an area's field
/// (<c>areas[3].score</c>, <c>areas[3].strengths[2]</c>), or a question's
/// (<c>areas[3].questions[3.2].max</c>). List items are numbered from 1, as a reviewer counts them.
/// </summary>
public sealed partial record FieldPath(int? Area, string? Question, string Name, int? Item)
{
    /// <summary>Parses <paramref name="text"/>; null when it is not a field path.</summary>
    public static FieldPath? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        int? Number(Group g) => g.Success ? int.Parse(g.Value, CultureInfo.InvariantCulture) : null;
        return new FieldPath(
            Number(match.Groups["area"]),
            match.Groups["question"].Success ? match.Groups["question"].Value : null,
            match.Groups["name"].Value,
            Number(match.Groups["item"]));
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var prefix = Area is { } a ? string.Create(CultureInfo.InvariantCulture, $"areas[{a}].") : string.Empty;
        prefix += Question is { } q ? $"questions[{q}]." : string.Empty;
        return prefix + Name + (Item is { } i ? string.Create(CultureInfo.InvariantCulture, $"[{i}]") : string.Empty);
    }

    [GeneratedRegex(@"^(?:areas\[(?<area>[1-8])\]\.(?:questions\[(?<question>\d{1,2}\.\d{1,2})\]\.)?)?(?<name>[a-zA-Z]+(?:\.[a-z]+)?)(?:\[(?<item>[1-9]\d{0,2})\])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
