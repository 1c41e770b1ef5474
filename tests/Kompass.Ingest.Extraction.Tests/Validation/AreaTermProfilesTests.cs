using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Validation;
using static Kompass.Ingest.Extraction.Tests.Validation.ValidationDocs;

namespace Kompass.Ingest.Extraction.Tests.Validation;

public sealed class AreaTermProfilesTests
{
    [Fact]
    public void Build_CompoundOfWordsUsedOnTheirOwn_HasItsModifierAndHeadAsTerms()
    {
        var profiles = AreaTermProfiles.Build(Findings("Trafiksäkerhetsarbete pågår", "Trafik och säkerhet", "Arbete"), catalog: null);

        Assert.Equal(["trafiksäkerhetsarbet", "arbet", "trafik"], TermsOf(profiles, "trafiksäkerhetsarbet"));
    }

    [Fact]
    public void Build_ModifierThatStemsToAKnownWord_IsATerm()
    {
        // The vocabulary holds "uppfölj" (the stem of "Uppföljning"): the longest beginning that
        // reads as it is "uppföljnings", which less its linking -s- stems to it.
        var profiles = AreaTermProfiles.Build(Findings("Uppföljningsarbetet sker", "Uppföljning"), catalog: null);

        Assert.Equal(["uppföljningsarbetet", "uppfölj"], TermsOf(profiles, "uppföljningsarbetet"));
    }

    [Fact]
    public void Build_WordNoKnownWordBegins_HasOnlyItself()
    {
        var profiles = AreaTermProfiles.Build(Findings("Medborgardialoger hålls", "Dialog"), catalog: null);

        Assert.Equal(["medborgardialog", "dialog"], TermsOf(profiles, "medborgardialog"));
    }

    private static ReportExtraction Findings(params string[] strengths) => Analysis(new AreaExtraction
    {
        Number = 1,
        Strengths = [.. strengths.Select(s => Sourced.Of(s, At(3)))],
    });

    // The terms of a stem among area 1's findings, the stem first.
    private static string[] TermsOf(AreaTermProfiles profiles, string stem)
    {
        var text = profiles.Findings[1].Select(f => f.Text).First(t => t.Words.Contains(stem));
        var terms = text.Terms[text.Words.ToList().IndexOf(stem)];
        return [stem, .. terms.Where(t => t != stem).Order(StringComparer.Ordinal)];
    }
}
