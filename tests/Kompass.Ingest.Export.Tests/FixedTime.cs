namespace Kompass.Ingest.Export.Tests;

/// <summary>A clock that always says the same instant.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
