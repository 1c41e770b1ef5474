using System.Net;
using Kompass.Ingest.Domain.Guards;
using Microsoft.AspNetCore.Http;

namespace Kompass.Ingest.Web.Hosting;

/// <summary>
/// The addresses <c>kompass serve</c> listens on: one or more <c>http://HOST:PORT</c> URLs,
/// separated by <c>;</c>. Loopback (127.0.0.0/8, ::1, localhost) is the default and the safe
/// choice: the server has no login, so anyone who can reach it can read and correct the store.
/// Pure.
/// </summary>
public static class ListenUrls
{
    /// <summary>The default address: loopback only, port 5080.</summary>
    public const string Default = "http://127.0.0.1:5080";

    /// <summary>Reads <paramref name="urls"/>; anything that is not an http URL with a host is a <see cref="UserActionableException"/>.</summary>
    public static IReadOnlyList<BindingAddress> Parse(string urls)
    {
        var parts = Guard.NotNull(urls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            throw new UserActionableException($"--urls is empty; give an address such as {Default}");
        }

        return parts.Select(ParseOne).ToList();
    }

    /// <summary>True when <paramref name="address"/> can be reached from this machine only.</summary>
    public static bool IsLoopback(BindingAddress address)
    {
        Guard.NotNull(address);
        var host = address.Host.Trim('[', ']');
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
               || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }

    /// <summary>The one-line warning for addresses that are not loopback, or null when all are.</summary>
    public static string? Warning(IReadOnlyList<BindingAddress> addresses)
    {
        var open = Guard.NotNull(addresses).Where(a => !IsLoopback(a)).Select(a => a.ToString()).ToList();
        return open.Count == 0
            ? null
            : $"warning: {string.Join(", ", open)} is not a loopback address: anyone who can reach this machine can read the store and correct it (there is no login)";
    }

    /// <summary>
    /// The host names requests may carry (the <c>Host</c> header): the loopback names when every
    /// address is loopback, so that a web page elsewhere cannot reach the server by DNS rebinding;
    /// any host otherwise.
    /// </summary>
    public static IReadOnlyList<string> AllowedHosts(IReadOnlyList<BindingAddress> addresses)
        => Guard.NotNull(addresses).All(IsLoopback)
            ? ["localhost", "127.0.0.1", "[::1]", .. addresses.Select(a => a.Host)]
            : ["*"];

    private static BindingAddress ParseOne(string url)
    {
        BindingAddress address;
        try
        {
            address = BindingAddress.Parse(url);
        }
        catch (FormatException)
        {
            throw new UserActionableException($"'{url}' is not a URL to listen on; give one such as {Default}");
        }

        if (address.IsNamedPipe || address.IsUnixPipe || !string.Equals(address.Scheme, "http", StringComparison.OrdinalIgnoreCase))
        {
            throw new UserActionableException($"'{url}' is not an http:// URL; kompass serve speaks plain http (no certificate): give one such as {Default}");
        }

        if (!string.IsNullOrEmpty(address.PathBase))
        {
            throw new UserActionableException($"'{url}' has a path; give scheme, host and port only, e.g. {Default}");
        }

        return address;
    }
}
