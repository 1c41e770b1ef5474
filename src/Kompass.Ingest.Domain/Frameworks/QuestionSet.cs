namespace Kompass.Ingest.Domain.Frameworks;

/// <summary>
/// The questions of one revision as used in a span of years (the 2010 revision had a 2010 and a
/// 2016 set). <see cref="Invented"/> marks a set nobody here has seen printed: the generator uses
/// it, and extraction must not rely on it.
/// </summary>
public sealed record QuestionSet(string Name, int FirstYear, int LastYear, bool Invented, IReadOnlyList<QuestionDefinition> Questions)
{
    /// <summary>The questions of one area in id order.</summary>
    public IEnumerable<QuestionDefinition> ForArea(int area) => Questions.Where(q => q.Area == area);
}
