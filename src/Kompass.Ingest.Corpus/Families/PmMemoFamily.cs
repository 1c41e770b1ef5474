using System.Globalization;
using Kompass.Ingest.Corpus.Families.Unscored;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Families;

/// <summary>
/// "pm": the memo SKL sends before an evaluation ("PM 1(8) Utvärdering enligt Kommunkompassen i
/// &lt;X&gt; kommun"): purpose, method, the eight areas, main questions per area, practical
/// arrangements. No scores. With two or more documents, the last is the "xxxxx kommun" template
/// (no municipality, year or dates). Each memo names a different municipality.
/// </summary>
public sealed class PmMemoFamily : ICorpusFamily
{
    /// <summary>The family name in truth files.</summary>
    public const string FamilyName = "pm";

    /// <inheritdoc />
    public string Name => FamilyName;

    /// <inheritdoc />
    public IEnumerable<CorpusItem> Generate(CorpusContext context, int count)
    {
        Guard.NotNull(context);
        var random = new Random(context.Random.Next());
        var catalog = context.Catalogs.Single(c => c.Revision == FrameworkRevision.Rev2010);
        var pool = new MunicipalityPool(context.Municipalities, PoolShare.Memos, random);
        var items = new List<CorpusItem>();
        for (var i = 0; i < count; i++)
        {
            var template = count >= 2 && i == count - 1;
            var memo = template ? PmMemoComposer.Template(catalog, random) : PmMemoComposer.Compose(pool.Next(), catalog, random);
            var bytes = PmMemoWriter.Render(memo);
            var path = PathFor(memo, random);
            items.Add(new CorpusItem(path, bytes, UnscoredTruth.Readable(FamilyName, path, bytes, PmMemoWriter.Facts(memo))));
        }

        return items;
    }

    /// <summary>Where an archivist would have put the memo: beside the municipality's reports.</summary>
    public static string PathFor(PmMemo memo, Random random)
    {
        Guard.NotNull(memo);
        Guard.NotNull(random);
        if (memo.Municipality is not { } municipality || memo.Year is not { } year)
        {
            return "Mallar/PM mall utvärdering Kommunkompassen.pdf";
        }

        var y = year.ToString(CultureInfo.InvariantCulture);
        var name = random.Next(3) switch
        {
            0 => $"PM Kommunkompassen {municipality.Name} {y}.pdf",
            1 => $"PM utvärdering enligt Kommunkompassen {municipality.Name.ToLowerInvariant()}.pdf",
            _ => $"pm_kommunkompassen_{y}.pdf",
        };
        return $"{municipality.Name}/{name}";
    }
}
