using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Kompass.Ingest.Web.Hosting;

/// <summary>
/// Keeps the data-protection keys (which sign the anti-forgery tokens) in memory for the life of
/// the server: nothing is written to the user's profile, and a restart invalidates the pages'
/// tokens, which fetch new ones. Thread-safe.
/// </summary>
internal sealed class InMemoryKeyRepository : IXmlRepository
{
    private readonly List<XElement> _elements = [];

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (_elements)
        {
            return [.. _elements.Select(e => new XElement(e))];
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        lock (_elements)
        {
            _elements.Add(new XElement(element));
        }
    }
}
