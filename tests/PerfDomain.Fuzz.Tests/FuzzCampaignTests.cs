using PerfDomain.Fuzz.Fuzzing;
using Xunit.Abstractions;

namespace PerfDomain.Fuzz.Tests;

/// <summary>
/// The short fuzzing campaign of CI (docs/fuzzing.md): a fixed number of cases from a fixed seed,
/// the same inputs on every run and machine. Any exception other than the documented ones, any
/// refusal at a path the format does not have or in the words of .NET fails the test, which shows
/// the first offending case and how to run it again.
/// </summary>
public sealed class FuzzCampaignTests(CorpusFixture fixture, ITestOutputHelper output) : IClassFixture<CorpusFixture>
{
    /// <summary>About 27 s in Release and 32 s in Debug on the 2-core CI machine when it is otherwise idle (docs/fuzzing.md).</summary>
    public const int ShortCampaignCases = 20_000;

    [Fact]
    public void ShortCampaign_Seed1_FindsNoEscapeAndNoBadMessage()
    {
        var report = FuzzRunner.Run(fixture.Corpus, fixture.Oracle, new FuzzOptions { Cases = ShortCampaignCases, Seed = 1, MaxFindings = 5 });

        output.WriteLine(report.Summary(findingsShown: 0));
        Assert.True(report.Findings.Count == 0, report.Summary(findingsShown: 1));
        Assert.Equal(ShortCampaignCases, report.Cases);
        Assert.True(report.Accepted > ShortCampaignCases / 20, $"only {report.Accepted} inputs were accepted: the mutators break too much to reach evaluation");
    }
}
