using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Web.Store;

/// <summary>
/// Opens the store for one unit of work and builds the reviewers' service over it. The composition
/// root (the CLI) supplies it, so that this library never wires the pipeline itself. A store that
/// cannot be opened (held by an ingest, missing, damaged) throws
/// <see cref="Domain.Guards.UserActionableException"/> with a one-line message.
/// </summary>
/// <param name="access">Read-only for reads, read-write for a reviewer's change.</param>
public delegate ReviewScope ReviewScopeFactory(StoreAccess access);
