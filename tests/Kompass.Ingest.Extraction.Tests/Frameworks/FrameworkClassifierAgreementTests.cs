using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Extraction.Frameworks;

namespace Kompass.Ingest.Extraction.Tests.Frameworks;

public sealed class FrameworkClassifierAgreementTests
{
    private static readonly string[] Ids = ["1.1", "1.2", "2.1", "2.2", "3.1", "3.10", "8.4"];
    private static readonly decimal[] Maxima = [5m, 10m, 10.0m, 15m];

    // What the classifier computed before the set's pairs were gathered once: the set's distinct
    // (id, max) pairs of the printed areas, as a new set per document.
    private static double OldAgreement(QuestionSet set, IReadOnlyList<PrintedQuestion> printed)
    {
        var questions = FrameworkClassifier.PrintedQuestions.Of(printed);
        if (questions.Pairs.Count == 0)
        {
            return 0;
        }

        var known = set.Questions.Where(q => questions.Areas.Contains(q.Area)).Select(q => (q.Id, q.Max)).ToHashSet();
        var common = known.Count(questions.Pairs.Contains);
        return common == 0 ? 0 : 2.0 * common / (questions.Pairs.Count + known.Count);
    }

    [Fact]
    public void Agreement_AnySetsAndDocuments_AgreesWithGatheringThePairsPerDocument()
    {
        var random = new Random(17);
        for (var round = 0; round < 500; round++)
        {
            // Repeated pairs, and a pair under two areas, included.
            var set = new QuestionSet("s", 2010, 2020, false, Enumerable.Range(0, random.Next(0, 12))
                .Select(_ => new QuestionDefinition(Ids[random.Next(Ids.Length)], random.Next(1, 4), Maxima[random.Next(Maxima.Length)], "fråga"))
                .ToList());
            var printed = Enumerable.Range(0, random.Next(0, 8))
                .Select(_ => new PrintedQuestion(Ids[random.Next(Ids.Length)], Maxima[random.Next(Maxima.Length)]))
                .ToList();

            var agreement = FrameworkClassifier.Agreement(FrameworkClassifier.PairsOf(set), FrameworkClassifier.PrintedQuestions.Of(printed));

            Assert.Equal(OldAgreement(set, printed), agreement);
        }
    }
}
