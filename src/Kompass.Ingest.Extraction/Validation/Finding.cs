using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Extraction.Validation;

/// <summary>One strength or improvement: the area it is printed under, the item as extracted and its terms. Immutable.</summary>
internal sealed record Finding(int Area, Sourced<string> Item, TermText Text);
