using Kompass.Ingest.Corpus.Families.Unscored;
using Kompass.Ingest.Corpus.Families.Unscored.BadFiles;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Families;

/// <summary>
/// "bad": files an archive really holds that a reader must survive, one of each
/// <see cref="BadFileKind"/> in that order (so a small count gives the cheap ones): an empty file,
/// HTML named .pdf, a report truncated inside its first page, a password-encrypted PDF, blank
/// pages, a scanned page without text (OCR reads it: its truth is the page's, with <c>ocr: true</c>
/// and <c>low-text-quality</c>), a PM memo with a broken cross-reference table (recoverable:
/// its truth is the memo's) and a valid 300-page annual report. At most eight files: every kind
/// once, since an empty file is always the same bytes.
/// </summary>
public sealed class BadFileFamily : ICorpusFamily
{
    /// <summary>The family name in truth files.</summary>
    public const string FamilyName = "bad";

    /// <inheritdoc />
    public string Name => FamilyName;

    /// <inheritdoc />
    public IEnumerable<CorpusItem> Generate(CorpusContext context, int count)
    {
        Guard.NotNull(context);
        var random = new Random(context.Random.Next());
        var catalog = context.Catalogs.Single(c => c.Revision == FrameworkRevision.Rev2010);
        var pool = new MunicipalityPool(context.Municipalities, PoolShare.BadFiles, random);
        return Enum.GetValues<BadFileKind>()
            .Take(Math.Max(0, count))
            .Select(kind => BadFiles.Build(kind, FamilyName, pool.Next(), catalog, random))
            .ToList();
    }
}
