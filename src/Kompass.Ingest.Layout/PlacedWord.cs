using DomainWord = Kompass.Ingest.Domain.Layout.Word;

namespace Kompass.Ingest.Layout;

/// <summary>
/// A word in our model together with the baseline its letters sit on (PDF points, null for text
/// that does not run left to right). The domain word keeps only its box, whose bottom is the
/// descender rather than the baseline; <see cref="WordJoiner"/> needs the baseline itself.
/// A value, not an object: there is one per word of every page, and it lives only while the page is read.
/// </summary>
internal readonly record struct PlacedWord(DomainWord Word, double? Baseline);
