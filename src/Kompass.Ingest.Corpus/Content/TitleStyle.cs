namespace Kompass.Ingest.Corpus.Content;

/// <summary>How a family's cover heading reads; <see cref="TitleComposer"/> writes each.</summary>
public enum TitleStyle
{
    /// <summary>"Kommunkompassen Analys av Vallentuna kommun 13–15 oktober 2004" (2002–2009).</summary>
    Rapport2002,

    /// <summary>"Kommun Kompassen KALIX KOMMUN 2012" (2010–2012; rarely without a name).</summary>
    TwoWord2010,

    /// <summary>"KommunKompassen VALLENTUNA KOMMUN FEBRUARI 2017" (2011–2018, the seed's shape).</summary>
    Seed2014,

    /// <summary>"KOMMUNKOMPASSEN ANALYS AV SIMRISHAMNS KOMMUN" (≈2018 onwards, no year).</summary>
    Caps,

    /// <summary>"Kommunkompassen Analys av Vallentuna kommun 2021" (2020 revision).</summary>
    Revision2020,

    /// <summary>"Återkoppling Kommunkompassen Tyresö 2016".</summary>
    Feedback,

    /// <summary>"Regionkompassen Landstinget i Kalmar län 2014" or "Regionkompass – en pilotstudie 2014".</summary>
    Region,
}
