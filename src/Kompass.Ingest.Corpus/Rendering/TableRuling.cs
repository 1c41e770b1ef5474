namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>How a table is ruled; each is a different job for a table detector.</summary>
public enum TableRuling
{
    /// <summary>No lines at all: columns only by whitespace (stream mode).</summary>
    None,

    /// <summary>Every cell boxed (lattice mode).</summary>
    Lattice,

    /// <summary>Horizontal rules above and below the header, between rows and at the end.</summary>
    HorizontalRules,

    /// <summary>A grey band behind the header, no lines.</summary>
    ShadedHeader,
}
