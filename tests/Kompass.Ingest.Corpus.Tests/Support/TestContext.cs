using Kompass.Ingest.Corpus.Content;
using Kompass.Ingest.Corpus.Generation;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Truth.Rules;
using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Tests.Support;

/// <summary>The real pipelines folder copied beside the tests, read once.</summary>
internal static class TestContext
{
    private static readonly Lazy<CorpusContext> Shared = new(() => CorpusContextReader.Read(PipelinesDirectory));

    public static string PipelinesDirectory => Path.Combine(AppContext.BaseDirectory, "pipelines");

    public static CorpusContext With(int seed) => Shared.Value with { Random = new Random(seed) };

    public static MunicipalityDirectory Directory => MunicipalityDirectory.Of(Shared.Value);

    public static FrameworkCatalog Catalog(FrameworkRevision revision) => Shared.Value.Catalogs.Single(c => c.Revision == revision);

    public static QuestionSet Set(FrameworkRevision revision, string name) => Catalog(revision).QuestionSets.Single(s => s.Name == name);

    public static RuleContext Rules2016 => new(Set(FrameworkRevision.Rev2010, "2016"), Directory);
}
