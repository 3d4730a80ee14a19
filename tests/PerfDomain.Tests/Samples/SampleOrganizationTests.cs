using NodaTime;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Goals;
using PerfDomain.Reviews;
using PerfDomain.Snapshots;

namespace PerfDomain.Tests.Samples;

/// <summary>
/// The sample organisation in docs/samples/sample-organization.json: it reads, it is canonical, and it
/// holds every situation that policies and examples rely on, each in a named employee.
/// </summary>
public sealed class SampleOrganizationTests
{
    private static readonly string SamplePath = Path.Combine(AppContext.BaseDirectory, "samples", "sample-organization.json");
    private static readonly Lazy<OrganizationSnapshot> LazySample = new(() => SnapshotReader.ReadFile(SamplePath));

    private static readonly CycleId Cycle2025 = new("c-2025");
    private static readonly CycleId Cycle2026 = new("c-2026");

    private static OrganizationSnapshot Sample => LazySample.Value;

    private static LocalDate Today => Sample.ReferenceDate!.Value;

    [Fact]
    public void ReadFile_Sample_ReadsWithItsReferenceDate()
    {
        var snapshot = SnapshotReader.ReadFile(SamplePath);

        Assert.Equal("Northwind Analytics", snapshot.OrganizationName);
        Assert.Equal(new LocalDate(2026, 11, 16), snapshot.ReferenceDate);
    }

    [Fact]
    public void Write_Sample_GivesTheFileTextExactly()
    {
        // The file is the writer's canonical output plus the final newline the repository's .editorconfig asks for.
        var text = File.ReadAllText(SamplePath).ReplaceLineEndings("\n");

        var written = SnapshotWriter.Write(SnapshotReader.Read(text)).ReplaceLineEndings("\n");

        Assert.Equal(text, written + "\n");
    }

    [Fact]
    public void Sample_HasAtLeastFortyEmployees()
    {
        Assert.InRange(Sample.Employees.Count, 40, 60);
    }

    [Fact]
    public void Sample_HasAtLeastThreeLevelsOfManagementBelowTheChiefExecutive()
    {
        var ceo = Assert.Single(Sample.Employees, e => e.ManagerId is null);

        // Levels of people: CEO (1) → VPs (2) → directors and managers (3) → team leads (4) → individual contributors (5).
        var depth = Sample.Employees.Max(e => ChainToTop(e).Count);

        Assert.Equal(new EmployeeId("e-001"), ceo.Id);
        Assert.True(depth >= 5, $"The management tree is {depth} levels deep; CEO plus three levels of management plus individual contributors is 5.");
        Assert.Equal(
            ["e-001", "e-002", "e-006", "e-010", "e-017"],
            ChainToTop(Sample.Employee(new EmployeeId("e-017"))).Select(e => e.Id.Value).Reverse());
        Assert.True(Sample.OrgUnits.Count(u => u.ParentId is { } p && Sample.OrgUnits.Single(x => x.Id == p).ParentId is not null) >= 3, "Teams nest in departments nested in the company.");
    }

    [Fact]
    public void Sample_HasTwoCycles_2025ClosedAnd2026InItsReviewWindow()
    {
        Assert.Equal(2, Sample.Cycles.Count);
        var closed = Sample.Cycle(Cycle2025);
        var current = Sample.Cycle(Cycle2026);

        Assert.Equal("2025", closed.Name);
        Assert.Equal("2026", current.Name);
        Assert.Equal(RatingScale.FivePoint, closed.Scale);
        Assert.Equal(RatingScale.FivePoint, current.Scale);
        Assert.True(current.WindowOf(LifecycleStage.Review).Contains(Today));
        Assert.All(Sample.CycleRecords.Where(r => r.CycleId == Cycle2025), r => Assert.Equal(LifecycleStage.Closed, r.Stage));
        Assert.True(Sample.CycleRecords.Count(r => r.CycleId == Cycle2026 && r.Stage == LifecycleStage.Review) >= 40);
    }

    [Fact]
    public void Sample_EmployeesPastGoalSetting_HaveObjectivesWeighing100()
    {
        foreach (var record in Sample.CycleRecords.Where(r => r.Stage > LifecycleStage.GoalSetting))
        {
            var set = Sample.GoalSetOf(record.CycleId)!;

            Assert.Equal(100m, set.WeightTotal(GoalOwner.Individual(record.EmployeeId)));
        }
    }

    [Fact]
    public void Sample_HasFeedbackInAllFourDirections()
    {
        Assert.Equal(Enum.GetValues<FeedbackDirection>().Order(), Sample.FeedbackNotes.Select(n => n.Direction).Distinct().Order());
    }

    [Fact]
    public void Situation_NewHireOnProbation_IsE025()
    {
        var emily = Sample.Employee(new EmployeeId("e-025"));

        Assert.Equal(EmploymentStatus.Probation, emily.Status);
        Assert.Equal(new LocalDate(2026, 10, 5), emily.HireDate);
    }

    [Fact]
    public void Situation_OverdueCheckIns_IsE018()
    {
        var jonas = new EmployeeId("e-018");
        var last = Sample.CheckIns.Where(c => c.EmployeeId == jonas).Max(c => c.Date);

        Assert.Equal(EmploymentStatus.Active, Sample.Employee(jonas).Status);
        Assert.True(Period.DaysBetween(last, Today) > 37, $"The last check-in of e-018 is on {last:uuuu-MM-dd}.");
    }

    [Fact]
    public void Situation_TwoConsecutiveLowRatings_IsE034_WithRecentDownwardFeedback()
    {
        var diego = new EmployeeId("e-034");

        foreach (var cycle in new[] { Cycle2025, Cycle2026 })
        {
            var review = ManagerReview(cycle, diego);
            Assert.True(review.IsCalibrated, $"The {cycle} manager review of e-034 is calibrated.");
            Assert.False(Sample.Cycle(cycle).Scale.MeetsOrAbove(review.OverallRating!.Value));
        }

        var manager = Sample.Employee(diego).ManagerId;
        Assert.Contains(Sample.FeedbackNotes, n => n.AboutId == diego && n.FromId == manager && n.Direction == FeedbackDirection.Downward
            && n.Date <= Today && Period.DaysBetween(n.Date, Today) <= 90);
    }

    [Fact]
    public void Situation_SustainedTopPerformer_IsE017()
    {
        var aisha = Sample.Employee(new EmployeeId("e-017"));

        foreach (var cycle in new[] { Cycle2025, Cycle2026 })
        {
            var review = ManagerReview(cycle, aisha.Id);
            Assert.True(review.IsCalibrated);
            Assert.Equal(5, review.OverallRating);
        }

        Assert.True(aisha.RoleSince < Today.PlusMonths(-12), $"e-017 is in role since {aisha.RoleSince:uuuu-MM-dd}.");
    }

    [Fact]
    public void Situation_NewManager_IsE012()
    {
        var mateo = new EmployeeId("e-012");
        var lines = Sample.Employees.SelectMany(e => e.ReportingLines.Select(l => (Employee: e.Id, Line: l))).Where(x => x.Line.ManagerId == mateo).ToList();

        Assert.True(Sample.DirectReportsOf(mateo).Count() >= 3);
        Assert.NotEmpty(lines);
        Assert.All(lines, x => Assert.InRange(Period.DaysBetween(x.Line.EffectiveOn, Today), 0, 90));
        Assert.Equal(new LocalDate(2026, 9, 14), Sample.Employee(mateo).RoleSince);
    }

    [Fact]
    public void Situation_KeyResultAtRisk_IsOfE022()
    {
        var cycle = Sample.Cycle(Cycle2026);
        var (objective, keyResult) = Sample.GoalSetOf(Cycle2026)!.FindKeyResult(new KeyResultId("kr-2026-e-022-1"))!.Value;

        Assert.Equal(GoalOwner.Individual(new EmployeeId("e-022")), objective.Owner);
        Assert.InRange(keyResult.Progress, 0.10, 0.20);
        Assert.True(cycle.ElapsedFraction(Today) - keyResult.Progress > 0.5, "Progress is far behind the time elapsed.");
    }

    [Fact]
    public void Situation_OnLeave_IsE045()
    {
        var alex = Sample.Employee(new EmployeeId("e-045"));

        Assert.Equal(EmploymentStatus.OnLeave, alex.Status);
        Assert.Equal(new LocalDate(2026, 9, 7), alex.StatusHistory[^1].EffectiveOn);
    }

    [Fact]
    public void Situation_ReturnedFromLongLeave_IsE040()
    {
        var hamza = Sample.Employee(new EmployeeId("e-040"));
        var leave = hamza.StatusHistory[^2];
        var back = hamza.StatusHistory[^1];

        Assert.Equal(EmploymentStatus.OnLeave, leave.Status);
        Assert.Equal(EmploymentStatus.Active, back.Status);
        Assert.True(Period.DaysBetween(leave.EffectiveOn, back.EffectiveOn) > 90);
        Assert.InRange(Period.DaysBetween(back.EffectiveOn, Today), 0, 30);
    }

    [Fact]
    public void Situation_CalibratedRatingChanged_IsE031()
    {
        var review = ManagerReview(Cycle2025, new EmployeeId("e-031"));
        var calibration = Assert.Single(review.Calibrations);

        Assert.Equal(4, review.OriginalRating);
        Assert.Equal(4, calibration.OriginalRating);
        Assert.Equal(3, calibration.CalibratedRating);
        Assert.Equal(3, review.OverallRating);
        Assert.False(string.IsNullOrWhiteSpace(calibration.Reason));
    }

    [Fact]
    public void Situation_ImprovementPlanInProgress_IsE030()
    {
        var plan = Assert.Single(Sample.ImprovementPlans, p => p.EmployeeId == new EmployeeId("e-030"));

        Assert.True(plan.IsActiveOn(Today));
        Assert.Equal(new LocalDate(2026, 10, 1), plan.StartOn);
        Assert.Equal(Period.FromDays(60), plan.Duration);
        Assert.Equal([new LocalDate(2026, 10, 31), new LocalDate(2026, 11, 30)], plan.Checkpoints.Select(c => c.DueOn));
        Assert.True(plan.Checkpoints[0].IsHeld);
        Assert.False(plan.Checkpoints[1].IsHeld);
    }

    [Fact]
    public void Situation_Terminated_IsE036()
    {
        var noah = Sample.Employee(new EmployeeId("e-036"));

        Assert.Equal(EmploymentStatus.Terminated, noah.Status);
        Assert.Equal(new LocalDate(2026, 4, 30), noah.StatusHistory[^1].EffectiveOn);
    }

    [Fact]
    public void Situation_ManagerWhoseReportsAllGotTheSameRating_IsE014()
    {
        var ratings = Sample.Reviews
            .Where(r => r.CycleId == Cycle2025 && r.Role == ReviewerRole.Manager && r.ReviewerId == new EmployeeId("e-014"))
            .Select(r => r.OverallRating)
            .ToList();

        Assert.True(ratings.Count >= 5, $"e-014 reviewed {ratings.Count} people in 2025.");
        Assert.Single(ratings.Distinct());
    }

    private static Review ManagerReview(CycleId cycle, EmployeeId employee) =>
        Assert.Single(Sample.Reviews, r => r.CycleId == cycle && r.EmployeeId == employee && r.Role == ReviewerRole.Manager);

    private static List<Employee> ChainToTop(Employee employee)
    {
        var chain = new List<Employee> { employee };
        while (chain[^1].ManagerId is { } manager)
        {
            chain.Add(Sample.Employee(manager));
        }

        return chain;
    }
}
