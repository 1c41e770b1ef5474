namespace Kompass.Ingest.Domain.Reports;

/// <summary>
/// The revision of the Kompass question set a report follows. Scores are comparable only within
/// one revision; crossing one needs an explicit crosswalk step.
/// </summary>
public enum FrameworkRevision
{
    /// <summary>The original question set, 2002–2009.</summary>
    Rev2002,

    /// <summary>The 2010 revision (question set renewed in 2016, same eight areas).</summary>
    Rev2010,

    /// <summary>The 2020 revision with its own eight areas.</summary>
    Rev2020,
}
