using System.Text.RegularExpressions;
using FsCheck.Xunit;
using NodaTime;
using PerfDomain.Compensation;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Goals;
using PerfDomain.Reviews;
using PerfDomain.Snapshots;
using PerfDomain.TalentReview;
using PerfDomain.Tests.TestSupport;

namespace PerfDomain.Tests.Snapshots;

public sealed class SnapshotBuilderTests
{
    private static readonly string SamplePath = Path.Combine(AppContext.BaseDirectory, "samples", "sample-organization.json");
    private static readonly LocalDate Hired = new(2020, 1, 6);
    private static readonly CycleId Cycle = new("c-2026");
    private static readonly GradeId Grade = new("g-3");

    /// <summary>Each kind of problem: how the rows go wrong, and the error at its path.</summary>
    public static TheoryData<string, Action<SnapshotBuilder>, string> Problems => new()
    {
        {
            "unknown id",
            b => Employee(b, "e-3", manager: "e-9"),
            "$.employees[2].reportingLines[0].managerId: unknown employee 'e-9' named as the manager of 'e-3'."
        },
        {
            "unknown cycle",
            b => b.AddReview(new("r-1"), new("c-1999"), new("e-2"), new("e-1"), ReviewerRole.Manager, new(2026, 11, 2)),
            "$.reviews[0].cycleId: unknown cycle 'c-1999'."
        },
        {
            "duplicate id",
            b => Employee(b, "e-2", manager: "e-1"),
            "$.employees[2].id: duplicate employee id 'e-2': $.employees[1] has it already."
        },
        {
            "cycle in the management chain",
            b =>
            {
                Employee(b, "e-3", manager: "e-4");
                Employee(b, "e-4", manager: "e-3");
            },
            "$.employees[2].reportingLines[0].managerId: reporting lines form a manager cycle: e-3 → e-4 → e-3."
        },
        {
            "cycle in goal alignment",
            b =>
            {
                b.AddObjective(new("o-1"), Cycle, GoalOwner.Organization, "Grow", 50, parentId: new("o-2"));
                b.AddObjective(new("o-2"), Cycle, GoalOwner.Organization, "Keep", 50, parentId: new("o-1"));
            },
            "$.objectives[1].parentId: Aligning objective 'o-2' to 'o-1' would form a cycle: 'o-1' already aligns, directly or through others, to 'o-2' (rule goals.alignment-cycle)."
        },
        {
            "impossible date: before the hire date",
            b => b.AddCheckIn(new("ci-1"), new("e-2"), new(2019, 12, 31), [new("e-1")]),
            "$.checkIns[0].date: 2019-12-31 is before employee 'e-2' was hired (2020-01-06)."
        },
        {
            "impossible date: a history out of order",
            b => b.AddEmployee(
                new("e-3"), "Dana", Hired,
                [new(EmploymentStatus.Active, Hired), new(EmploymentStatus.OnLeave, new(2021, 1, 1)), new(EmploymentStatus.Terminated, new(2020, 6, 1))],
                [new("Engineer", 3, Hired)], [new(new EmployeeId("e-1"), Hired)], [new(new OrgUnitId("u-1"), Hired)]),
            "$.employees[2].statusHistory[1]: Employee 'e-3' cannot start leave on 2021-01-01: their status is Terminated (rule employee.leave-start)."
        },
        {
            "impossible date: outside the cycle",
            b => b.AddCycleRecord(Cycle, new("e-2"), [new(LifecycleStage.GoalSetting, new(2025, 12, 1))]),
            "$.cycleRecords[0].history[0].enteredOn: the record opens on 2025-12-01, outside cycle 'c-2026' (2026-01-01..2026-12-31)."
        },
        {
            "unsupported date",
            b => Employee(b, "e-3", manager: null, hired: new(1850, 3, 1)),
            "$.employees[2].hireDate: expected a date between 1900-01-01 and 2200-12-31, found 1850-03-01."
        },
        {
            "text too long",
            b => b.AddFeedbackNote(new("n-1"), new("e-1"), new("e-2"), FeedbackDirection.Downward, new(2026, 3, 2), new string('x', 4001)),
            "$.feedbackNotes[0].text: expected text of at most 4,000 characters, found text of 4,001 characters."
        },
        {
            "blank text",
            b => b.AddOrgUnit(new("u-2"), "  "),
            "$.orgUnits[1].name: must not be blank; expected text of at most 200 characters."
        },
        {
            "number out of range",
            b => b.AddEmployee(
                new("e-3"), "Dana", Hired, [new(EmploymentStatus.Active, Hired)], [new("Engineer", 0, Hired)], [new(null, Hired)], [new(new OrgUnitId("u-1"), Hired)]),
            "$.employees[2].roleHistory[0].level: expected a whole number between 1 and 100 (the job level), found 0."
        },
        {
            "rating off the scale",
            b => b.AddReview(new("r-1"), Cycle, new("e-2"), new("e-1"), ReviewerRole.Manager, new(2026, 11, 2), new(2026, 11, 20), overallRating: 6),
            "$.reviews[0].overallRating: rating 6 is off the scale of cycle 'c-2026', which has points 1 to 5 (1 Unsatisfactory | 2 Needs improvement | 3 Meets expectations* | 4 Exceeds expectations | 5 Outstanding)."
        },
        {
            "not a currency",
            b => b.AddPayRange(Grade, "eur", PayPeriod.Annual, 50_000m, 60_000m, 70_000m),
            "$.payRanges[0].currency: 'eur' is not an ISO 4217 currency code: expected three upper-case letters of a currency in circulation, such as \"EUR\" or \"USD\"."
        },
        {
            "range out of order",
            b => b.AddPayRange(Grade, "EUR", PayPeriod.Annual, 50_000m, 45_000m, 70_000m),
            "$.payRanges[0].midpoint: The midpoint 45000 of grade 'g-3' is below its minimum 50000; a range has minimum ≤ midpoint ≤ maximum."
        },
        {
            "amount not positive",
            b => Paid(b.AddPayRange(Grade, "EUR", PayPeriod.Annual, 50_000m, 60_000m, 70_000m), new BasePayRow(Hired, 0m, "EUR", PayPeriod.Annual, Grade)),
            "$.compensation[0].basePay[0].amount: A base pay of 0 is not an amount of pay; it must be above 0 and at most 1,000,000,000,000."
        },
        {
            "unknown grade",
            b => Paid(b, new BasePayRow(Hired, 55_000m, "EUR", PayPeriod.Annual, Grade)),
            "$.compensation[0].basePay[0].gradeId: unknown grade 'g-3': no pay range in $.payRanges has it."
        },
        {
            "pay in another currency than its range",
            b => Paid(b.AddPayRange(Grade, "EUR", PayPeriod.Annual, 50_000m, 60_000m, 70_000m), new BasePayRow(Hired, 55_000m, "USD", PayPeriod.Annual, Grade)),
            "$.compensation[0].basePay[0].currency: is USD, but the range of grade 'g-3' is in EUR; pay is compared with its range in one currency."
        },
        {
            "pay history out of order",
            b => Paid(
                b.AddPayRange(Grade, "EUR", PayPeriod.Annual, 50_000m, 60_000m, 70_000m),
                new BasePayRow(new(2024, 1, 1), 58_000m, "EUR", PayPeriod.Annual, Grade),
                new BasePayRow(new(2023, 1, 1), 55_000m, "EUR", PayPeriod.Annual, Grade)),
            "$.compensation[0].basePay[1].effectiveOn: 2023-01-01 is not after the pay before it (2024-01-01); a pay history lists each change once, oldest first."
        },
        {
            "two pay histories of one employee",
            b => Paid(Paid(b.AddPayRange(Grade, "EUR", PayPeriod.Annual, 50_000m, 60_000m, 70_000m), new BasePayRow(Hired, 55_000m, "EUR", PayPeriod.Annual, Grade)), new BasePayRow(Hired, 56_000m, "EUR", PayPeriod.Annual, Grade)),
            "$.compensation[1].employeeId: employee 'e-2' has a pay history already, at $.compensation[0]."
        },
        {
            "potential assessed by the employee",
            b => b.AddPotentialAssessment(new("pa-1"), Cycle, new("e-2"), new("e-2"), new(2026, 11, 20), PotentialLevel.High),
            "$.potentialAssessments[0]: Potential assessment 'pa-1': 'e-2' cannot assess their own potential (rule potential.self)."
        },
        {
            "potential calibration that does not start from the potential before it",
            b => b.AddPotentialAssessment(
                new("pa-1"), Cycle, new("e-2"), new("e-1"), new(2026, 11, 20), PotentialLevel.Moderate,
                [new(PotentialLevel.Low, PotentialLevel.High, new("e-1"), "Strong year", new(2026, 11, 25))]),
            "$.potentialAssessments[0].calibrations[0].originalPotential: is low, but the potential before this calibration is moderate."
        },
        {
            "potential assessment in an unknown cycle",
            b => b.AddPotentialAssessment(new("pa-1"), new("c-1999"), new("e-2"), new("e-1"), new(2026, 11, 20), PotentialLevel.High),
            "$.potentialAssessments[0].cycleId: unknown cycle 'c-1999'."
        },
        {
            "two potential assessments in one cycle",
            b => b
                .AddPotentialAssessment(new("pa-1"), Cycle, new("e-2"), new("e-1"), new(2026, 11, 20), PotentialLevel.High)
                .AddPotentialAssessment(new("pa-2"), Cycle, new("e-2"), new("e-1"), new(2026, 11, 21), PotentialLevel.Low),
            "$.potentialAssessments[1].cycleId: employee 'e-2' has a potential assessment for cycle 'c-2026' already, at $.potentialAssessments[0]."
        },
    };

    [Fact]
    public void Build_SampleOrganizationRows_EqualsTheReadersSnapshot()
    {
        var read = SnapshotReader.ReadFile(SamplePath);

        var built = SnapshotRows.Builder(read).Build();

        Assert.Equal(read, built);
        Assert.Equal(SnapshotWriter.Write(read), SnapshotWriter.Write(built));
        Assert.NotSame(read.Employees[0], built.Employees[0]);
    }

    [Property(Arbitrary = new[] { typeof(SnapshotArbitraries) }, MaxTest = 60)]
    public void Build_RowsOfAnyValidSnapshot_GivesAnEqualSnapshot(OrganizationSnapshot snapshot)
    {
        var built = SnapshotRows.Builder(snapshot).Build();

        Assert.Equal(snapshot, built);
    }

    [Fact]
    public void Build_CalledAgainAfterMoreRows_GivesNewAggregatesWithTheNewRows()
    {
        var builder = Base();
        var first = builder.Build();
        Employee(builder, "e-3", manager: "e-1");

        var second = builder.Build();

        Assert.Equal(2, first.Employees.Count);
        Assert.Equal(["e-1", "e-2", "e-3"], second.Employees.Select(e => e.Id.Value));
        Assert.NotSame(first.Employees[0], second.Employees[0]);
        Assert.Equal([new EmployeeId("e-3")], second.DirectReportsOf(new("e-1")).Skip(1).Select(e => e.Id));
    }

    [Theory]
    [MemberData(nameof(Problems))]
    public void Build_Problem_ReportsItAtTheRowsPath(string kind, Action<SnapshotBuilder> rows, string message)
    {
        var builder = Base();
        rows(builder);

        var error = Assert.Throws<InvalidSnapshotException>(builder.Build);

        Assert.True(message == error.Message, $"{kind}: {error.Message}");
        Assert.Equal(message[..message.IndexOf(": ", StringComparison.Ordinal)], error.Path);
    }

    [Theory]
    [MemberData(nameof(Problems))]
    public void Build_Problem_IsTheReadersErrorForTheSameRowsAsJson(string kind, Action<SnapshotBuilder> rows, string message)
    {
        var builder = Base();
        rows(builder);

        var read = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(builder.ToJson()));
        var built = Assert.Throws<InvalidSnapshotException>(builder.Build);

        // The reader also says where in the text (line and position); the rows have no text.
        Assert.True(WithoutPosition(read.Message) == built.Message, $"{kind}: the reader says {read.Message}");
        Assert.Equal(message, built.Message);
    }

    [Fact]
    public void Build_UnknownEnumValue_NamesTheKnownValues()
    {
        var builder = Base();
        builder.AddFeedbackNote(new("n-1"), new("e-1"), new("e-2"), (FeedbackDirection)9, new(2026, 3, 2), "Well done");

        var error = Assert.Throws<InvalidSnapshotException>(builder.Build);

        Assert.Equal("$.feedbackNotes[0].direction: expected one of downward, upward, peer, self, found 9.", error.Message);
    }

    [Fact]
    public void Build_FirstProblemInRowOrder_IsReported()
    {
        var builder = Base();
        Employee(builder, "e-3", manager: "e-9");
        Employee(builder, "e-4", manager: null, hired: new(1850, 3, 1));

        var error = Assert.Throws<InvalidSnapshotException>(builder.Build);

        // The reader checks each element as it reads it, references once all are read: the date comes first.
        Assert.Equal("$.employees[3].hireDate", error.Path);
    }

    [Fact]
    public void AddEmployee_NullHistory_Throws()
    {
        var builder = Base();

        var error = Assert.Throws<ArgumentNullException>(() => builder.AddEmployee(new("e-3"), "Dana", Hired, null!, [], [], []));

        Assert.Equal("statusHistory", error.ParamName);
    }

    [Fact]
    public void Build_PayAndPotentialRows_GiveTheSectionsOfVersion2()
    {
        var builder = Base()
            .AddPayRange(Grade, "EUR", PayPeriod.Monthly, 4_000m, 5_000m, 6_000m)
            .AddCompensation(new("e-2"), [new(Hired, 4_500m, "EUR", PayPeriod.Monthly, Grade), new(new(2026, 1, 1), 4_800m, "EUR", PayPeriod.Monthly, Grade)])
            .AddPotentialAssessment(
                new("pa-1"), Cycle, new("e-2"), new("e-1"), new(2026, 11, 20), PotentialLevel.Moderate,
                [new(PotentialLevel.Moderate, PotentialLevel.High, new("e-1"), "Leads beyond the team", new(2026, 11, 25))]);

        var built = builder.Build();

        var range = Assert.Single(built.PayRanges);
        Assert.Equal(new PayRange(Grade, new CurrencyCode("EUR"), PayPeriod.Monthly, 4_000m, 5_000m, 6_000m), range);
        Assert.Equal(4_800m, built.CompensationOf(new("e-2"))!.PayOn(new(2026, 6, 1))!.Amount);
        Assert.Null(built.CompensationOf(new("e-1")));
        Assert.Equal(0.96m, range.CompaRatio(built.CompensationOf(new("e-2"))!.PayOn(new(2026, 6, 1))!));
        var assessment = Assert.Single(built.PotentialAssessments);
        Assert.Equal((PotentialLevel.Moderate, PotentialLevel.High), (assessment.OriginalPotential, assessment.Potential));
        Assert.Empty(assessment.DomainEvents);
        Assert.Equal(built, SnapshotReader.Read(builder.ToJson()));
    }

    [Fact]
    public void Build_WithoutPayOrPotential_WritesNoVersion2Section()
    {
        var json = Base().ToJson();

        Assert.DoesNotContain("payRanges", json, StringComparison.Ordinal);
        Assert.DoesNotContain("compensation", json, StringComparison.Ordinal);
        Assert.DoesNotContain("potentialAssessments", json, StringComparison.Ordinal);
        Assert.Empty(Base().Build().PayRanges);
    }

    [Fact]
    public void AddCompensation_NullRows_Throws()
    {
        var error = Assert.Throws<ArgumentNullException>(() => Base().AddCompensation(new("e-2"), null!));

        Assert.Equal("basePay", error.ParamName);
    }

    private static SnapshotBuilder Paid(SnapshotBuilder builder, params BasePayRow[] basePay) => builder.AddCompensation(new("e-2"), basePay);

    private static string WithoutPosition(string message) => Regex.Replace(message, @" \(line \d+, position \d+\)", string.Empty);

    private static SnapshotBuilder Base()
    {
        var builder = new SnapshotBuilder("Acme", new LocalDate(2026, 6, 1)).AddOrgUnit(new("u-1"), "Engineering");
        Employee(builder, "e-1", manager: null);
        Employee(builder, "e-2", manager: "e-1");
        builder.AddCycle(
            Cycle,
            "2026",
            new DateInterval(new(2026, 1, 1), new(2026, 12, 31)),
            [
                new(LifecycleStage.GoalSetting, new(new(2026, 1, 5), new(2026, 2, 6))),
                new(LifecycleStage.OngoingFeedback, new(new(2026, 1, 19), new(2026, 11, 27))),
                new(LifecycleStage.Review, new(new(2026, 11, 2), new(2026, 11, 27))),
                new(LifecycleStage.DevelopmentPlanning, new(new(2026, 11, 23), new(2026, 12, 11))),
                new(LifecycleStage.Consequences, new(new(2026, 11, 30), new(2026, 12, 31))),
            ],
            RatingScale.FivePoint);
        return builder;
    }

    private static void Employee(SnapshotBuilder builder, string id, string? manager, LocalDate? hired = null)
    {
        var on = hired ?? Hired;
        builder.AddEmployee(
            new(id),
            "Person " + id,
            on,
            [new(EmploymentStatus.Active, on)],
            [new("Engineer", 3, on)],
            [new(manager is null ? null : new EmployeeId(manager), on)],
            [new(new OrgUnitId("u-1"), on)]);
    }
}
