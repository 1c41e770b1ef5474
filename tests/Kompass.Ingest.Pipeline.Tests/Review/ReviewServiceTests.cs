using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Export;
using Kompass.Ingest.Extraction.Normalisation;
using Kompass.Ingest.Extraction.Validation;
using Kompass.Ingest.Pipeline.Review;
using Kompass.Ingest.Pipeline.Tests.Fakes;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline.Tests.Review;

/// <summary>
/// The reviewers' service over a real store and the real flag rules: an area whose summary says
/// 76 and whose section says 81 carries summary-section-mismatch until a correction or a
/// dismissal deals with it, and every step lands in the audit trail.
/// </summary>
public sealed class ReviewServiceTests : IDisposable
{
    private const string Sha = "ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12";
    private const string OtherSha = "ff12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12";

    private static readonly MunicipalityDirectory Directory = MunicipalityDirectory.Parse(
        "code,name,county_code\n1480,Göteborg,14\n1283,Helsingborg,12\n",
        "code,name,short_name\n14,Västra Götalands län,Västra Götaland\n12,Skåne län,Skåne\n");

    private readonly LiteDbDocumentStore _store = Stores.InMemory();
    private readonly DocumentValidator _validator = new([], Directory);
    private readonly ReviewService _sut;

    public ReviewServiceTests()
    {
        _sut = new ReviewService(_store, new FlagReview(_validator), new MunicipalityLookup(Directory), FixedTime.Noon);
        var run = _store.StartRun(new RunStart("/archive", FixedTime.Noon.GetUtcNow(), "test/1", "p/1"));
        Save(Sha, "2016/goteborg.pdf", run, Report(summary: 76, section: 81));
        Save(OtherSha, "2016/helsingborg.pdf", run, Report(summary: 60, section: 60) with { Municipality = new Municipality("Helsingborg", Code("1283"), MunicipalityKind.Kommun) });
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Queue_ListsTheMismatchOpenWithItsDocumentAndMunicipality()
    {
        var entry = Assert.Single(_sut.Queue(FlagQuery.OpenOnly));

        Assert.Equal(FlagCodes.SummarySectionMismatch, entry.Flag.Flag.Code);
        Assert.Equal(FlagStatus.Open, entry.Flag.Status);
        Assert.Equal("Göteborg", entry.MunicipalityName);
        Assert.Equal(10, entry.Flag.Id.Length);
        Assert.Contains("76", entry.Flag.Flag.Message, StringComparison.Ordinal);
        Assert.Contains("81", entry.Flag.Flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Correct_TheMisreadScore_ResolvesTheFlagAndRecordsTheOldValue()
    {
        var outcome = _sut.Correct(Sha, "areas[4].score", "81", "Eva", "the summary table was misread");

        Assert.Equal("76", outcome.Correction.OldValue);
        Assert.Equal(FlagCodes.SummarySectionMismatch, Assert.Single(outcome.Resolved).Flag.Code);
        Assert.Empty(outcome.Raised);
        Assert.Empty(_sut.Queue(FlagQuery.OpenOnly));
        var review = _sut.Document(Sha);
        Assert.Equal(FlagStatus.Resolved, Assert.Single(review.Flags).Status);
        var score = review.Values.Single(v => v.Field == "areas[4].score");
        Assert.Equal(("81", "76", true, 4), (score.Value, score.Extracted, score.Corrected, score.Page));
    }

    [Fact]
    public void Export_CarriesTheStatusOfEachFlag()
    {
        _sut.Correct(Sha, "areas[4].score", "81", "Eva", "misread");
        var runner = new ExportRunner(_store, new ExportDocumentMapper(), new ExportWriter(FixedTime.Noon), ExportValues.Effective, new FlagReview(_validator));

        var flag = Assert.Single(runner.Documents(CancellationToken.None).Single(d => d.Sha256 == Sha).Flags);

        Assert.Equal("resolved", flag.Status);
    }

    [Fact]
    public void Dismiss_ThenUndo_ReopensTheFlagAndTheTrailKeepsBoth()
    {
        var id = _sut.Queue(FlagQuery.OpenOnly)[0].Flag.Id;

        var dismissed = _sut.Dismiss(id[..6], "Eva", "the printed report really says 76 and 81");
        Assert.Equal(FlagStatus.Dismissed, dismissed.Status);
        Assert.Empty(_sut.Queue(FlagQuery.OpenOnly));

        _sut.Undo(Sha, "Eva", "undo");

        Assert.Single(_sut.Queue(FlagQuery.OpenOnly));
        Assert.Equal([AuditAction.Dismiss, AuditAction.Reopen], _sut.History(Sha).Select(e => e.Action));
    }

    [Fact]
    public void Undo_ACorrection_PutsTheValueBackAndReopensTheFlag()
    {
        _sut.Correct(Sha, "areas[4].score", "81", "Eva", "misread");

        _sut.Undo(Sha, "Eva", "wrong document");

        Assert.Equal("76", _sut.Document(Sha).Values.Single(v => v.Field == "areas[4].score").Value);
        Assert.Single(_sut.Queue(FlagQuery.OpenOnly));
        var trail = _sut.History(Sha);
        Assert.Equal([AuditAction.Correct, AuditAction.Undo], trail.Select(e => e.Action));
        Assert.Equal(("81", "76"), (trail[1].OldValue, trail[1].NewValue));
    }

    [Fact]
    public void Correct_ToAValueThatKeepsTheInconsistency_LeavesTheFlagOpenWithTheNewValues()
    {
        _sut.Correct(Sha, "areas[4].nationalMean", "55", "Eva", "typo");

        var flag = Assert.Single(_sut.Queue(FlagQuery.OpenOnly)).Flag;
        Assert.Equal(FlagCodes.SummarySectionMismatch, flag.Flag.Code);
    }

    [Theory]
    [InlineData("areas[9].score", "81", "not a field")]
    [InlineData("areas[4].questions[4.1].score", "3", "no question 4.1")]
    [InlineData("areas[4].score", "åttioett", "not a number")]
    [InlineData("colour", "red", "no field 'colour'")]
    public void Correct_AFieldOrValueThatDoesNotFit_IsRefusedAndNothingIsStored(string field, string value, string expected)
    {
        var error = Assert.Throws<UserActionableException>(() => _sut.Correct(Sha, field, value, "Eva", "why not"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(_store.Corrections(Sha));
    }

    [Fact]
    public void Correct_WithoutReviewerOrReason_IsRefused()
    {
        Assert.Throws<UserActionableException>(() => _sut.Correct(Sha, "areas[4].score", "81", " ", "misread"));
        Assert.Throws<UserActionableException>(() => _sut.Correct(Sha, "areas[4].score", "81", "Eva", ""));
        Assert.Empty(_store.Corrections(Sha));
    }

    [Fact]
    public void Dismiss_AResolvedFlag_IsRefused()
    {
        var id = _sut.Queue(FlagQuery.OpenOnly)[0].Flag.Id;
        _sut.Correct(Sha, "areas[4].score", "81", "Eva", "misread");

        var error = Assert.Throws<UserActionableException>(() => _sut.Dismiss(id, "Eva", "no"));

        Assert.Contains("resolved", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ab12cd")]
    [InlineData("AB12CD34")]
    [InlineData("Göteborgs stad 2016")]
    [InlineData("1480 2016")]
    public void Find_TakesAHashPrefixOrMunicipalityAndYear(string doc)
        => Assert.Equal(Sha, _sut.Find(doc).Sha256);

    [Theory]
    [InlineData("ab12", "hash prefix of at least 6")]
    [InlineData("Göteborg 2015", "no stored document")]
    [InlineData("Atlantis 2016", "not a municipality")]
    public void Find_WhatMatchesNothing_SaysWhatToType(string doc, string expected)
        => Assert.Contains(expected, Assert.Throws<UserActionableException>(() => _sut.Find(doc)).Message, StringComparison.Ordinal);

    [Fact]
    public void Queue_FiltersByMunicipalityYearCodeAndSeverity()
    {
        Assert.Single(_sut.Queue(FlagQuery.Everything with { MunicipalityCode = "1480", Year = 2016 }));
        Assert.Empty(_sut.Queue(FlagQuery.Everything with { MunicipalityCode = "1283" }));
        Assert.Empty(_sut.Queue(FlagQuery.Everything with { Codes = new HashSet<string> { FlagCodes.TotalMismatch } }));
        Assert.Empty(_sut.Queue(FlagQuery.Everything with { Severities = new HashSet<FlagSeverity> { FlagSeverity.Error } }));
    }

    private void Save(string sha, string path, int run, ReportExtraction extraction)
        => _store.Save(new DocumentWrite(sha, path, run, extraction, 20, "test/1", "p/1", FixedTime.Noon.GetUtcNow()) { Flags = _validator.Validate(extraction) });

    private static ReportExtraction Report(decimal summary, decimal section) => new()
    {
        Type = DocumentType.KommunKompassenAnalysis,
        Municipality = new Municipality("Göteborg", Code("1480"), MunicipalityKind.Kommun),
        MunicipalityAsPrinted = Sourced.Of("Göteborgs stad", At(1)),
        Year = Sourced.Of(2016, At(1)),
        PageCount = 20,
        Areas = Enumerable.Range(1, 8).Select(n => new AreaExtraction
        {
            Number = n,
            SummaryScore = Sourced.Of(n == 4 ? summary : 50m, At(4)),
            NationalMean = Sourced.Of(54m, At(4)),
            SectionScore = Sourced.Of(n == 4 ? section : 50m, At(4 + (2 * n))),
        }).ToList(),
    };

    private static Provenance At(int page) => new(page, new BoundingBox(100, 500, 130, 512), "x", "test");

    private static MunicipalityCode Code(string code) => MunicipalityCode.TryParse(code, out var c) ? c : throw new ArgumentException(code);
}
