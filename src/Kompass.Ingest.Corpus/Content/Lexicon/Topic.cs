namespace Kompass.Ingest.Corpus.Content.Lexicon;

/// <summary>
/// What an area is about, independent of the revision that numbers and names it: the 2002, 2010
/// and 2020 revisions cover the same eight themes in a different order. Findings and ALLMÄNT
/// texts are composed per topic, so a misplaced finding is one drawn from another topic.
/// </summary>
public enum Topic
{
    /// <summary>Openness, information, dialogue with citizens.</summary>
    Democracy,

    /// <summary>Accessibility, service, users.</summary>
    UserFocus,

    /// <summary>Political goals, steering and follow-up.</summary>
    Steering,

    /// <summary>Leadership, responsibility and delegation.</summary>
    Leadership,

    /// <summary>Results, costs, comparisons, efficiency.</summary>
    Efficiency,

    /// <summary>The municipality as employer.</summary>
    Employer,

    /// <summary>Quality work and continuous improvement.</summary>
    Improvement,

    /// <summary>Local community, business, culture, sustainability.</summary>
    Community,
}
