using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Fairness;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.Fairness.FairnessFixture;

namespace PerfDomain.Policies.Tests.Fairness;

public sealed class FairnessAnalysisTests
{
    /// <summary>
    /// The worked example of the EEOC's Questions and Answers on the Uniform Guidelines on Employee Selection
    /// Procedures, Q&amp;A 12 (44 Fed. Reg. 11996, 1979): 80 white applicants, 48 hired (60%); 40 black applicants,
    /// 12 hired (30%); "the black rate is 30/60, or one-half (or 50%) of the white rate … adverse impact is usually
    /// indicated". Here "hired" is a favourable decision, recognition.
    /// </summary>
    [Fact]
    public void Analyse_TheEeocQuestionTwelveExample_FlagsAnImpactRatioOfOneHalf()
    {
        var snapshot = Organization(120);
        var labels = Labels("race", Enumerable.Range(1, 120).Select(i => (i, i <= 80 ? "white" : "black")));
        var decisions = Enumerable.Range(1, 48).Concat(Enumerable.Range(81, 12)).Select(i => Made(DecisionKind.RecognitionRecommended, i)).ToList();

        var report = FairnessAnalysis.AnalyseDecisions(snapshot, AsOf, decisions, labels);

        var attribute = Assert.Single(report.Attributes);
        Assert.Equal(2, attribute.Unlabelled); // the CEO and the manager
        var recognition = Assert.Single(attribute.Selection);
        Assert.Equal(DecisionDirection.Favourable, recognition.Direction);
        Assert.Equal("white", recognition.ReferenceGroup);
        var black = recognition.Groups[0];
        var white = recognition.Groups[1];
        Assert.Equal(("black", 40, 12, 0.3), (black.Group, black.Size, black.Selected!.Value, black.Rate!.Value));
        Assert.Equal(("white", 80, 48, 0.6), (white.Group, white.Size, white.Selected!.Value, white.Rate!.Value));
        Assert.Equal(0.5, black.ImpactRatio!.Value, 12);
        Assert.True(black.FourFifthsFlag);
        Assert.Equal(1.0, white.ImpactRatio);
        Assert.False(white.FourFifthsFlag);
        Assert.Equal(SignificanceTest.TwoProportionZ, black.Test);
        Assert.Equal(0.0019457737, black.PValue!.Value, 9);
        Assert.Null(white.PValue);
        Assert.True(report.AnyFlagged);
    }

    [Fact]
    public void Analyse_AnAdverseKind_ComparesTheRatesOfNotReceivingIt()
    {
        // Improvement plans: group a 2 of 10 (80% spared), group b 5 of 10 (50% spared): b's ratio is 0.5 / 0.8 = 0.625.
        var snapshot = Organization(20);
        var labels = Labels("team", Enumerable.Range(1, 20).Select(i => (i, i <= 10 ? "a" : "b")));
        var decisions = new[] { 1, 2, 11, 12, 13, 14, 15 }.Select(i => Made(DecisionKind.ImprovementPlanRecommended, i)).ToList();

        var selection = Assert.Single(FairnessAnalysis.AnalyseDecisions(snapshot, AsOf, decisions, labels).Attributes[0].Selection);

        Assert.Equal(DecisionDirection.Adverse, selection.Direction);
        Assert.Equal("a", selection.ReferenceGroup);
        var b = selection.Groups[1];
        Assert.Equal(0.5, b.Rate);
        Assert.Equal(0.625, b.ImpactRatio!.Value, 12);
        Assert.True(b.FourFifthsFlag);
        // Expected cells: 10 × 7 / 20 = 3.5 < 5, so Fisher's exact test on [[5, 5], [2, 8]]: R gives p = 0.3498.
        Assert.Equal(SignificanceTest.FisherExact, b.Test);
        Assert.Equal(0.34984520, b.PValue!.Value, 6);
    }

    [Fact]
    public void Analyse_AGroupBelowTheMinimum_IsSuppressed_AndNeverTheReference()
    {
        // c has 3 people, all recognised: the highest rate, but too small to be shown or compared against.
        var snapshot = Organization(23);
        var labels = Labels("site", Enumerable.Range(1, 23).Select(i => (i, i <= 10 ? "a" : i <= 20 ? "b" : "c")));
        var decisions = new[] { 1, 2, 3, 4, 11, 12, 21, 22, 23 }.Select(i => Made(DecisionKind.RecognitionRecommended, i)).ToList();

        var selection = FairnessAnalysis.AnalyseDecisions(snapshot, AsOf, decisions, labels).Attributes[0].Selection[0];

        var c = selection.Groups[2];
        Assert.Equal(new GroupSelection("c", 3, true, null, null, null, false, null, SignificanceTest.None), c);
        Assert.Equal("a", selection.ReferenceGroup);
        Assert.Equal(0.5, selection.Groups[1].ImpactRatio!.Value, 12);
    }

    [Fact]
    public void Analyse_Ratings_DistributionMeanShareBelowMeetsAndCalibrationShiftsPerGroup()
    {
        // Five-point scale, meets = 3. Group x: 2, 3, 4 (4 calibrated down from 5); group y: 1, 3 → calibrated up to 2, 5.
        var builder = new OrganizationBuilder();
        foreach (var i in Enumerable.Range(1, 6))
        {
            builder.Hire($"e-{i}");
        }

        builder.ManagerReview("e-1", 2025, 2).ManagerReview("e-2", 2025, 3).ManagerReview("e-3", 2025, 5, calibratedTo: 4)
            .ManagerReview("e-4", 2025, 1).ManagerReview("e-5", 2025, 1, calibratedTo: 2).ManagerReview("e-6", 2025, 5, calibrate: false);
        var labels = Labels("g", [(1, "x"), (2, "x"), (3, "x"), (4, "y"), (5, "y"), (6, "y")]);

        var report = FairnessAnalysis.AnalyseDecisions(builder.Build(AsOf), AsOf, [], labels, new FairnessOptions { MinimumGroupSize = 3 });

        var attribute = report.Attributes[0];
        var x = attribute.Ratings.Single(r => r.Group == "x");
        var y = attribute.Ratings.Single(r => r.Group == "y");
        Assert.Equal([0, 1, 1, 1, 0], x.Counts!);
        Assert.Equal(3.0, x.Mean);
        Assert.Equal(1.0 / 3, x.ShareBelowMeets!.Value, 12);
        Assert.Equal([1, 1, 0, 0, 1], y.Counts!);
        Assert.Equal(8.0 / 3, y.Mean!.Value, 12);
        Assert.Equal(2.0 / 3, y.ShareBelowMeets!.Value, 12);
        Assert.Equal(new CalibrationShift(OrganizationBuilder.Cycle2025, "x", 3, false, 3, 0, 1, -1.0 / 3), attribute.Calibration.Single(c => c.Group == "x"));
        Assert.Equal(new CalibrationShift(OrganizationBuilder.Cycle2025, "y", 3, false, 2, 1, 0, 0.5), attribute.Calibration.Single(c => c.Group == "y"));
        Assert.Equal(["Unsatisfactory", "Needs improvement", "Meets expectations", "Exceeds expectations", "Outstanding"], report.Scales.Single().Labels);
    }

    [Fact]
    public void Analyse_ManagerDeviations_ListTheManagerFarthestFromTheOrganisationFirst()
    {
        // Two managers of three reports each: m-a rates 5, 5, 5; m-b rates 3, 3, 3. The organisation is half 3, half 5:
        // each manager is 0.5 from it (total variation), so they tie and are listed by id.
        var builder = new OrganizationBuilder().Hire("m-a", manager: OrganizationBuilder.Ceo).Hire("m-b", manager: OrganizationBuilder.Ceo);
        foreach (var i in Enumerable.Range(1, 6))
        {
            builder.Hire($"e-{i}", manager: new EmployeeId(i <= 3 ? "m-a" : "m-b"));
            builder.ManagerReview($"e-{i}", 2025, i <= 3 ? 5 : 3);
        }

        var report = FairnessAnalysis.AnalyseDecisions(builder.Build(AsOf), AsOf, [], Labels("g", []), new FairnessOptions { MinimumGroupSize = 3 });

        Assert.Equal(
            [new ManagerDeviation(OrganizationBuilder.Cycle2025, new EmployeeId("m-a"), 3, 0.5, 5, 4), new ManagerDeviation(OrganizationBuilder.Cycle2025, new EmployeeId("m-b"), 3, 0.5, 3, 4)],
            report.ManagerDeviations);
    }

    [Fact]
    public void Analyse_TheSample_LeavesTheOutcomeAsItWas_AndEvaluatingAgainGivesTheSameDecisions()
    {
        var outcome = SampleOrganization.Engine.Evaluate(SampleOrganization.Snapshot, SampleOrganization.ReferenceDate);
        var before = outcome.Decisions.ToList();
        var labels = GroupLabels.FromCsv(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "sample-groups.csv")));

        var report = FairnessAnalysis.Analyse(SampleOrganization.Snapshot, outcome, labels);

        Assert.NotEmpty(report.Attributes);
        Assert.Equal(before, outcome.Decisions);
        Assert.Equal(before, SampleOrganization.Engine.Evaluate(SampleOrganization.Snapshot, SampleOrganization.ReferenceDate).Decisions);
    }
}
