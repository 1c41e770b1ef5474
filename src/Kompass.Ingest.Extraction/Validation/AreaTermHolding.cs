namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// Which terms one area of an <see cref="AreaTermProfiles"/> holds, counted by the texts holding
/// each (its headings, questions and findings), so that the terms the area holds without one of
/// its findings are known without gathering the area's texts again for every finding. Immutable.
/// </summary>
internal sealed class AreaTermHolding
{
    private readonly Dictionary<string, int> _texts = new(StringComparer.Ordinal);
    private readonly HashSet<Finding> _findings = new(ReferenceEqualityComparer.Instance);
    private int _textsWithTerms;

    /// <summary>Counts the terms of <paramref name="headings"/>, <paramref name="questions"/> and <paramref name="findings"/>.</summary>
    public AreaTermHolding(IEnumerable<TermText> headings, IEnumerable<TermText> questions, IEnumerable<Finding> findings)
    {
        foreach (var finding in findings)
        {
            _findings.Add(finding);
            Count(finding.Text);
        }

        foreach (var text in headings.Concat(questions))
        {
            Count(text);
        }
    }

    /// <summary>
    /// True when a text of the area other than <paramref name="finding"/> holds <paramref name="term"/>,
    /// a term of <paramref name="finding"/>'s own text (the only terms a finding is weighed by): a
    /// finding of the area counts once among the texts holding it, so it is taken off without
    /// searching its text for the term again, which was most of the time spent weighing findings.
    /// </summary>
    public bool HoldsTermOf(Finding finding, string term)
        => _texts.TryGetValue(term, out var texts) && texts - (Owns(finding) ? 1 : 0) > 0;

    /// <summary>True when a text of the area other than <paramref name="without"/> holds any term.</summary>
    public bool HoldsAny(Finding without)
        => _textsWithTerms - (Owns(without) && HasTerms(without.Text) ? 1 : 0) > 0;

    private bool Owns(Finding finding) => _findings.Contains(finding);

    // A plain loop: this runs for every finding against every area, where a lambda and an
    // enumerator per call were among validation's largest allocations.
    private static bool HasTerms(TermText text)
    {
        foreach (var terms in text.Terms)
        {
            if (terms.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    private void Count(TermText text)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var terms in text.Terms)
        {
            foreach (var term in terms)
            {
                distinct.Add(term);
            }
        }

        foreach (var term in distinct)
        {
            _texts[term] = _texts.GetValueOrDefault(term) + 1;
        }

        _textsWithTerms += distinct.Count > 0 ? 1 : 0;
    }
}
