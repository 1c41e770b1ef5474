namespace Kompass.Ingest.Domain.Guards;

/// <summary>
/// A failure a person can fix (a missing folder, a store file held by another program). Hosts
/// print <see cref="Exception.Message"/> as one line, without a stack trace, and exit with the
/// user-error code. The message says what is wrong and what to do.
/// Not sealed: a host may wait and try again on a kind of it (a store busy for a moment).
/// </summary>
public class UserActionableException(string message, Exception? inner = null) : Exception(message, inner);
