namespace Kompass.Ingest.Web.Api.Json;

/// <summary>What a page needs before it writes: the anti-forgery token and the header to send it in.</summary>
public sealed record SessionJson(string Token, string HeaderName);
