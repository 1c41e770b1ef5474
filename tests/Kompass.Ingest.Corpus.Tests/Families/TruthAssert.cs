using Kompass.Ingest.Export;
using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Corpus.Tests.Families;

/// <summary>Checks a truth against the export contract's rules for documents without scores.</summary>
internal static class TruthAssert
{
    private static readonly HashSet<string> DocumentTypes = new(StringComparer.Ordinal)
    {
        "kommunkompassen-analysis", "kommunkompassen-pm", "kommunkompassen-feedback", "regionkompassen", "related-document", "unreadable",
    };

    /// <summary>Asserts the truth is a valid, unscored contract document that survives a JSON round trip.</summary>
    public static void ValidUnscored(TruthDocument truth, string family)
    {
        Assert.Contains(truth.DocumentType, DocumentTypes);
        Assert.Equal(family, truth.Family);
        Assert.Matches("^[0-9a-f]{64}$", truth.Sha256);
        Assert.Null(truth.FrameworkVersion);
        Assert.Null(truth.Total);
        Assert.Null(truth.NationalMeanTotal);
        Assert.Empty(truth.Areas);
        Assert.Empty(truth.Flags);
        // A document read by OCR (a scanned page) expects exactly the flag every OCR'd document carries.
        Assert.Equal(truth.Ocr ? ["low-text-quality"] : [], truth.ExpectedFlags.Select(f => f.Code));
        if (truth.DocumentType == "unreadable")
        {
            Assert.False(string.IsNullOrWhiteSpace(truth.Error));
            Assert.Null(truth.Title);
            Assert.Null(truth.Municipality);
        }
        else
        {
            Assert.Null(truth.Error);
            Assert.False(string.IsNullOrWhiteSpace(truth.Title));
            Assert.Equal(string.Join(' ', truth.Title!.Split(' ', StringSplitOptions.RemoveEmptyEntries)), truth.Title);
        }

        if (truth.Municipality is { } municipality)
        {
            Assert.Contains(municipality.Code!, TestCorpusContext.Codes);
            Assert.Equal("kommun", municipality.Kind);
        }

        Assert.True(truth.Month is null or >= 1 and <= 12);
        Assert.Equal(truth, ContractJson.ReadTruth(ContractJson.Serialize(truth)), TruthComparer.Instance);
    }
}
