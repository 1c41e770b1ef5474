using System.Globalization;
using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Extraction.Validation;

/// <summary>How flag messages write numbers and places: invariant culture, no trailing zeros, "(p. 15)".</summary>
internal static class FlagText
{
    /// <summary>A number as a reviewer reads it ("81.5", "76").</summary>
    public static string Number(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A sourced number with its page ("76 (p. 4)").</summary>
    public static string Number(Sourced<decimal> value) => Number(value.Value) + Page(value.Source);

    /// <summary>" (p. N)" for a place in the document; empty for a derived value.</summary>
    public static string Page(Provenance source) => source.Page > 0 ? string.Create(CultureInfo.InvariantCulture, $" (p. {source.Page})") : string.Empty;

    /// <summary>"area 4" or "area 4, question 4.2".</summary>
    public static string Subject(int area, string? question = null)
        => question is null ? string.Create(CultureInfo.InvariantCulture, $"area {area}") : string.Create(CultureInfo.InvariantCulture, $"area {area}, question {question}");
}
