using Kompass.Ingest.Corpus.Families.Unscored;
using Kompass.Ingest.Corpus.Families.Unscored.NonDocuments;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Families;

/// <summary>
/// "non-document": files that are not PDFs and not named .pdf, sitting beside the reports: a
/// Thumbs.db, a note (anteckningar.txt), a Word document with the municipality's comments, and
/// Word's "~$" owner file. Ingest lists them but stores nothing, so their truth is null. At most
/// one of each per municipality folder; past four, the set repeats in another folder.
/// </summary>
public sealed class NonDocumentFamily : ICorpusFamily
{
    /// <summary>The family name.</summary>
    public const string FamilyName = "non-document";

    /// <inheritdoc />
    public string Name => FamilyName;

    /// <inheritdoc />
    public IEnumerable<CorpusItem> Generate(CorpusContext context, int count)
    {
        Guard.NotNull(context);
        var random = new Random(context.Random.Next());
        var pool = new MunicipalityPool(context.Municipalities, PoolShare.External, random);
        var items = new List<CorpusItem>();
        NamedMunicipality? municipality = null;
        for (var i = 0; i < count; i++)
        {
            if (i % 4 == 0)
            {
                municipality = pool.Next();
            }

            items.Add(Build(i % 4, municipality!, random));
        }

        return items;
    }

    private static CorpusItem Build(int kind, NamedMunicipality municipality, Random random)
    {
        var folder = municipality.Name;
        return kind switch
        {
            0 => new CorpusItem($"{folder}/Thumbs.db", OfficeFiles.ThumbsDb(random), null),
            1 => new CorpusItem($"{folder}/anteckningar.txt", OfficeFiles.Note(
            [
                $"Kommunkompassen {municipality.Name}",
                "- boka intervjuer med KSO och kommundirektör",
                "- skicka årsredovisning och budget till SKL",
                $"- rapporten ska upp i KS i {SwedishDates.Month(random.Next(1, 13))}",
            ]), null),
            2 => new CorpusItem($"{folder}/Synpunkter på rapporten Kommunkompassen.docx", OfficeFiles.Docx(
            [
                $"Synpunkter från {municipality.OfficialName} på utkastet till rapport",
                "Sid 6: Under Område 1 bör det framgå att fullmäktiges sammanträden sänds på webben.",
                "Sid 11: Medarbetarundersökningen genomförs vartannat år, inte varje år.",
            ]), null),
            _ => new CorpusItem($"{folder}/~$nteckningar Kommunkompassen.docx", OfficeFiles.WordOwnerFile("Kommunledningskontoret"), null),
        };
    }
}
