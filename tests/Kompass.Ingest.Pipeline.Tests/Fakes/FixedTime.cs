namespace Kompass.Ingest.Pipeline.Tests.Fakes;

/// <summary>A clock that always says the same instant (elapsed time still comes from the real timestamp).</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public static readonly FixedTime Noon = new(new DateTimeOffset(2025, 3, 14, 12, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
