using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Pipeline;

/// <summary>
/// An <see cref="IProgress{T}"/> that calls its handler on the reporting thread, in order.
/// (<see cref="Progress{T}"/> posts to the thread pool, which reorders console lines.)
/// </summary>
public sealed class SynchronousProgress<T>(Action<T> handler) : IProgress<T>
{
    private readonly Action<T> _handler = Guard.NotNull(handler);

    /// <inheritdoc />
    public void Report(T value) => _handler(value);
}
