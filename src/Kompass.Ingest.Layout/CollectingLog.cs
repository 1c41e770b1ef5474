using UglyToad.PdfPig.Logging;

namespace Kompass.Ingest.Layout;

/// <summary>
/// Receives PdfPig's parse messages for one document and keeps its warnings and errors (the
/// repairs it made, the fonts it skipped) so that they become warnings on the document. Debug
/// chatter is dropped. Thread-safe, because PdfPig may log from worker threads.
/// </summary>
internal sealed class CollectingLog : ILog
{
    private readonly Lock _gate = new();
    private readonly List<string> _messages = [];

    /// <summary>The distinct messages in the order first seen.</summary>
    public IReadOnlyList<string> Messages
    {
        get
        {
            lock (_gate)
            {
                return _messages.Distinct(StringComparer.Ordinal).ToList();
            }
        }
    }

    // PdfPig reports every page access at debug level; none of it is a repair.
    public void Debug(string message)
    {
    }

    public void Debug(string message, Exception ex)
    {
    }

    public void Warn(string message) => Add(message);

    public void Error(string message) => Add(message);

    public void Error(string message, Exception ex) => Add($"{message}: {ex.Message}");

    private void Add(string message)
    {
        lock (_gate)
        {
            _messages.Add("PdfPig: " + OneLine(message));
        }
    }

    internal static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
