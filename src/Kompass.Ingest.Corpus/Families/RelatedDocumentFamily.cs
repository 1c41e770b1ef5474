using Kompass.Ingest.Corpus.Families.Unscored;
using Kompass.Ingest.Corpus.Families.Unscored.Related;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Families;

/// <summary>
/// "related": policies, strategies, plans and a Kommunkompassen presentation that sit in the same
/// folders as the reports but carry no scores. They talk about "styrkor", "förbättringsområden",
/// "mål" and print numbered headings, bullet lists and budget tables, so a careless parser could
/// take them for reports. Ten kinds in a fixed order (the presentation and the action plan first);
/// past ten the kinds repeat for other municipalities. Truth: type, title, municipality (null when
/// none is printed) and the year printed in the title.
/// </summary>
public sealed class RelatedDocumentFamily : ICorpusFamily
{
    /// <summary>The family name in truth files.</summary>
    public const string FamilyName = "related";

    private static readonly Func<NamedMunicipality, FrameworkCatalog, Random, RelatedDocument>[] Kinds =
    [
        KompassDocuments.Presentation,
        KompassDocuments.ActionPlan,
        (m, _, r) => PersonnelDocuments.PersonnelProgramme(m, r),
        (m, _, r) => SteeringDocuments.SteeringGuideline(m, r),
        (_, _, r) => PersonnelDocuments.LeadershipProgramme(r),
        (m, _, r) => StrategyDocuments.StrategicPlan(m, r),
        (m, _, r) => StrategyDocuments.BusinessStrategy(m, r),
        (m, _, r) => PersonnelDocuments.HrStrategy(m, r),
        (m, _, r) => SteeringDocuments.QualityPolicy(m, r),
        (m, _, r) => SteeringDocuments.GovernanceProposal(m, r),
    ];

    /// <inheritdoc />
    public string Name => FamilyName;

    /// <inheritdoc />
    public IEnumerable<CorpusItem> Generate(CorpusContext context, int count)
    {
        Guard.NotNull(context);
        var random = new Random(context.Random.Next());
        var catalog = context.Catalogs.Single(c => c.Revision == FrameworkRevision.Rev2010);
        var pool = new MunicipalityPool(context.Municipalities, PoolShare.Related, random);
        var items = new List<CorpusItem>();
        for (var i = 0; items.Count < count; i++)
        {
            var document = Kinds[i % Kinds.Length](pool.Next(), catalog, random);
            if (document.Municipality is null && i >= Kinds.Length)
            {
                // A document that names no municipality would come out byte for byte the same again.
                continue;
            }

            var bytes = Render(document);
            var path = PathFor(document, random);
            items.Add(new CorpusItem(path, bytes, UnscoredTruth.Readable(FamilyName, path, bytes, document.Facts())));
        }

        return items;
    }

    /// <summary>The document's PDF bytes in its layout.</summary>
    public static byte[] Render(RelatedDocument document)
    {
        Guard.NotNull(document);
        return document.Layout == RelatedLayout.Slides ? SlideDeckWriter.Render(document) : ColumnDocumentWriter.Render(document);
    }

    private static string PathFor(RelatedDocument document, Random random)
        => document.Municipality is { } municipality
            ? (random.Next(3) == 0 ? $"{municipality.Name}/Relevanta dokument/{document.FileName}" : $"{municipality.Name}/{document.FileName}")
            : $"Relevanta dokument/{document.FileName}";
}
