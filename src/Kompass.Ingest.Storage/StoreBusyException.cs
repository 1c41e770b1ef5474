using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Storage;

/// <summary>
/// The store file is held by another kompass process at this moment. Every process holds it only
/// for one short piece of work, so whoever meets this waits and tries again
/// (<see cref="SharedStoreFile"/>); only when the wait is over does the person see the message.
/// </summary>
public sealed class StoreBusyException(string message, Exception? inner = null) : UserActionableException(message, inner);
