using Microsoft.Extensions.Logging;

namespace Kompass.Ingest.Web;

/// <summary>The review server's log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Store unavailable, answered 503: {Reason}")]
    public static partial void StoreUnavailable(ILogger logger, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "PDF of document {Sha256} not served: {Reason}")]
    public static partial void PdfNotServed(ILogger logger, string sha256, string reason);
}
