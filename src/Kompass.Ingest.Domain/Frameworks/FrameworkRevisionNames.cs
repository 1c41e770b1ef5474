using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Domain.Frameworks;

/// <summary>The contract's names of the revisions ("2002", "2010", "2020").</summary>
public static class FrameworkRevisionNames
{
    /// <summary>The contract name of a revision.</summary>
    public static string ToName(this FrameworkRevision revision) => revision switch
    {
        FrameworkRevision.Rev2002 => "2002",
        FrameworkRevision.Rev2010 => "2010",
        FrameworkRevision.Rev2020 => "2020",
        _ => throw new ArgumentOutOfRangeException(nameof(revision), revision, null),
    };

    /// <summary>Parses a contract name; false for anything else.</summary>
    public static bool TryParse(string? name, out FrameworkRevision revision)
    {
        (var ok, revision) = name switch
        {
            "2002" => (true, FrameworkRevision.Rev2002),
            "2010" => (true, FrameworkRevision.Rev2010),
            "2020" => (true, FrameworkRevision.Rev2020),
            _ => (false, default),
        };
        return ok;
    }
}
