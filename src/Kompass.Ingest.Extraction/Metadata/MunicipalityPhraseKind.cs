namespace Kompass.Ingest.Extraction.Metadata;

/// <summary>How a <see cref="MunicipalityPhrase"/> names its body.</summary>
public enum MunicipalityPhraseKind
{
    /// <summary>"LJUSDALS KOMMUN", "Helsingborgs stad": a name closed by kommun/stad; an unknown name still counts.</summary>
    KommunSuffix,

    /// <summary>"Region Gotland", "Landstinget i Kalmar län": a region's wording; an unknown name still counts.</summary>
    Region,

    /// <summary>Capitalised words without a suffix ("Tyresö", "UPPLANDS VÄSBY"): only a name on the official list counts.</summary>
    Bare,
}
