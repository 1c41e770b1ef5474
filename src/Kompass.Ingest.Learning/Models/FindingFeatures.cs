using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Learning.Models;

/// <summary>
/// What the placement and theme models read of a finding: its text, and whether it is a strength
/// or an improvement (the two lists word things differently). Their classes carry the framework
/// revision ("2010:3", "2010:3:Tydliga politiska mål"), because the 2020 revision numbers its
/// themes differently: a model is asked only about its document's revision.
/// </summary>
public static class FindingFeatures
{
    /// <summary>How many numbers <see cref="Of"/> returns.</summary>
    public const int Count = 2;

    /// <summary>The numbers of a strength or an improvement.</summary>
    public static float[] Of(bool isStrength) => isStrength ? [1f, 0f] : [0f, 1f];

    /// <summary>The placement class of an area of a revision.</summary>
    public static string AreaClass(FrameworkRevision revision, int area) => $"{revision.ToName()}:{area}";

    /// <summary>The theme class of a subheading of an area of a revision.</summary>
    public static string ThemeClass(FrameworkRevision revision, int area, string subheading) => $"{AreaClass(revision, area)}:{subheading}";

    /// <summary>The area number of a placement class.</summary>
    public static int AreaOf(string areaClass) => int.Parse(areaClass.AsSpan(areaClass.IndexOf(':', StringComparison.Ordinal) + 1), provider: System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The subheading of a theme class.</summary>
    public static string SubheadingOf(string themeClass) => themeClass[(themeClass.IndexOf(':', themeClass.IndexOf(':', StringComparison.Ordinal) + 1) + 1)..];
}
