namespace Kompass.Ingest.Corpus.Content;

/// <summary>Small list helpers for collecting notes.</summary>
public static class ListExtensions
{
    /// <summary>Adds <paramref name="item"/> unless it is null.</summary>
    public static void AddIfNotNull<T>(this List<T> list, T? item)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(list);
        if (item is not null)
        {
            list.Add(item);
        }
    }
}
