using Kompass.Ingest.Corpus.Content.Lexicon;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Content;

/// <summary>Which topic each area of each revision is about (the 2020 revision reordered the themes).</summary>
public static class TopicMap
{
    private static readonly Topic[] Classic =
        [Topic.Democracy, Topic.UserFocus, Topic.Steering, Topic.Leadership, Topic.Efficiency, Topic.Employer, Topic.Improvement, Topic.Community];

    private static readonly Topic[] Revision2020 =
        [Topic.Democracy, Topic.Community, Topic.Steering, Topic.Efficiency, Topic.UserFocus, Topic.Improvement, Topic.Employer, Topic.Leadership];

    /// <summary>The topic of area <paramref name="number"/> (1–8) in <paramref name="revision"/>.</summary>
    public static Topic For(FrameworkRevision revision, int number)
    {
        if (number is < 1 or > 8)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "areas are numbered 1–8");
        }

        return (revision == FrameworkRevision.Rev2020 ? Revision2020 : Classic)[number - 1];
    }
}
