using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Domain.Review;
using Kompass.Ingest.Pipeline.Review;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Learning.Data;

/// <summary>
/// Builds the training set from a store: every readable document's current extraction with the
/// reviewer corrections in force applied (so a reviewed archive teaches what the reviewers said,
/// not what the parser read). Labels are the effective values: the document's type, and the area
/// each finding is printed under. Documents are taken in SHA-256 order and findings in printed
/// order, so a store always gives the same set. Reads the store; the caller holds it.
/// </summary>
public sealed class TrainingSetBuilder(ThemeLabeler themes)
{
    private readonly ThemeLabeler _themes = themes ?? throw new ArgumentNullException(nameof(themes));

    /// <summary>The training set of <paramref name="store"/>.</summary>
    public TrainingSet Build(IDocumentReader store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var corrections = store.AllCorrections().GroupBy(c => c.Sha256, StringComparer.Ordinal).ToDictionary(g => g.Key, g => CorrectionsInForce.Of(g), StringComparer.Ordinal);
        var documents = new List<DocumentSample>();
        var findings = new List<FindingSample>();
        var skipped = new List<string>();
        foreach (var stored in store.Documents().OrderBy(d => d.Sha256, StringComparer.Ordinal))
        {
            if (stored.Type == DocumentType.Unreadable)
            {
                continue;
            }

            if (store.Extraction(stored.Sha256, stored.ExtractorVersion) is not { } raw)
            {
                skipped.Add($"{stored.FirstPath}: no extraction stored");
                continue;
            }

            var extraction = corrections.TryGetValue(stored.Sha256, out var inForce) && inForce.Count > 0 ? ExtractionCorrector.Apply(raw, inForce) : raw;
            var group = DocumentGroups.Of(stored.Sha256, extraction);
            var toolchain = Toolchains.Of(extraction.Producer);
            if (extraction.LeadText is { Length: > 0 } lead)
            {
                documents.Add(new DocumentSample
                {
                    Sha256 = stored.Sha256, Path = stored.FirstPath, Group = group, Toolchain = toolchain,
                    Type = extraction.Type, LeadText = lead, PageCount = extraction.PageCount,
                });
            }
            else
            {
                skipped.Add($"{stored.FirstPath}: no first-page text stored (extracted before extraction/0.7; run kompass ingest --reextract)");
            }

            if (extraction.Framework is { } revision)
            {
                findings.AddRange(extraction.Areas.SelectMany(a => Findings(stored.Sha256, group, toolchain, revision, a)));
            }
        }

        return new TrainingSet(documents, findings, skipped);
    }

    private IEnumerable<FindingSample> Findings(string sha256, string group, string toolchain, FrameworkRevision revision, AreaExtraction area)
        => Items(area.Strengths, true).Concat(Items(area.Improvements, false))
            .Where(i => !string.IsNullOrWhiteSpace(i.Text.Value))
            .Select(i => new FindingSample
            {
                Sha256 = sha256, Group = group, Toolchain = toolchain, Revision = revision, Area = area.Number,
                IsStrength = i.IsStrength, Text = i.Text.Value, Theme = _themes.Label(revision, area.Number, i.Text.Value),
            });

    private static IEnumerable<(Sourced<string> Text, bool IsStrength)> Items(IReadOnlyList<Sourced<string>> items, bool isStrength)
        => items.Select(i => (i, isStrength));
}
