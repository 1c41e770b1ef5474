namespace Kompass.Ingest.Corpus.Content.Lexicon;

/// <summary>The lexicon of each topic.</summary>
public static class Lexicons
{
    /// <summary>The vocabulary of <paramref name="topic"/>.</summary>
    public static TopicLexicon For(Topic topic) => topic switch
    {
        Topic.Democracy => DemocracyLexicon.Value,
        Topic.UserFocus => UserFocusLexicon.Value,
        Topic.Steering => SteeringLexicon.Value,
        Topic.Leadership => LeadershipLexicon.Value,
        Topic.Efficiency => EfficiencyLexicon.Value,
        Topic.Employer => EmployerLexicon.Value,
        Topic.Improvement => ImprovementLexicon.Value,
        Topic.Community => CommunityLexicon.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(topic), topic, null),
    };
}
