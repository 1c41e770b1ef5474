namespace Kompass.Ingest.Domain.Provenance;

/// <summary>An extracted value together with its provenance, passed unbroken to the store, flags and UI.</summary>
public sealed record Sourced<T>(T Value, Provenance Source);

/// <summary>Shorthand constructors for <see cref="Sourced{T}"/>.</summary>
public static class Sourced
{
    /// <summary>Wraps <paramref name="value"/> with its provenance.</summary>
    public static Sourced<T> Of<T>(T value, Provenance source) => new(value, source);
}
