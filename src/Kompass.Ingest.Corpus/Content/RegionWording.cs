using System.Text.RegularExpressions;

namespace Kompass.Ingest.Corpus.Content;

/// <summary>
/// Turns text written about a kommun into text about a region (landsting): "kommunen" becomes
/// "regionen", KF/KS become LF/LS. Regionkompassen content is invented (only the pilot's title is
/// known), so this keeps it plausible without a second vocabulary.
/// </summary>
public static partial class RegionWording
{
    private static readonly (string From, string To)[] Words =
    [
        ("Kommunens", "Regionens"), ("kommunens", "regionens"), ("Kommunen", "Regionen"), ("kommunen", "regionen"),
        ("kommunövergripande", "regionövergripande"), ("Kommunledningen", "Regionledningen"), ("kommunledningen", "regionledningen"),
        ("KF", "LF"), ("KS", "LS"), ("kommundirektören", "regiondirektören"), ("Kommundirektören", "Regiondirektören"),
    ];

    /// <summary>The region wording of <paramref name="text"/>.</summary>
    public static string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return WordPattern().Replace(text, m => Words.First(w => w.From == m.Value).To);
    }

    [GeneratedRegex(@"\b(Kommunens|kommunens|Kommunen|kommunen|kommunövergripande|Kommunledningen|kommunledningen|KF|KS|kommundirektören|Kommundirektören)\b")]
    private static partial Regex WordPattern();
}
