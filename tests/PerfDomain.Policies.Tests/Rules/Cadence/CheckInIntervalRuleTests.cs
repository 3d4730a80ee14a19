using NodaTime;
using PerfDomain.Employees;
using PerfDomain.Policies.Cadence;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

namespace PerfDomain.Policies.Tests.Rules.Cadence;

public sealed class CheckInIntervalRuleTests
{
    private static CheckInCadence? CadenceOf(Snapshots.OrganizationSnapshot snapshot, LocalDate asOf, string id, PerfDomain.Policies.Parameters.PolicyParameters? parameters = null) =>
        Fixture<CheckInIntervalRule>(snapshot, asOf, parameters).Session.Query<CheckInCadence>().SingleOrDefault(c => c.EmployeeId == new EmployeeId(id));

    [Fact]
    public void Infer_ActiveEmployee_UsesTheCompanyDefault()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Build();

        var cadence = CadenceOf(snapshot, D(2026, 3, 10), "e-1");

        AssertCadence(cadence, "e-1", 30, "company", false);
    }

    [Fact]
    public void Infer_EmployeeOnLeave_InfersNoCadence()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Leave("e-1", D(2026, 3, 10)).Build();

        Assert.Null(CadenceOf(snapshot, D(2026, 3, 10), "e-1"));
        Assert.NotNull(CadenceOf(snapshot, D(2026, 3, 9), "e-1"));
    }

    [Fact]
    public void Infer_EmployeeWithoutManager_InfersNoCadence()
    {
        var snapshot = new OrganizationBuilder().HireWithoutManager("e-1").Build();

        Assert.Null(CadenceOf(snapshot, D(2026, 3, 10), "e-1"));
    }

    [Fact]
    public void Infer_OnImprovementPlan_LeavesItToTheImprovementPlanRule()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ImprovementPlan("e-1", D(2026, 3, 1)).Build();

        Assert.Null(CadenceOf(snapshot, D(2026, 3, 1), "e-1"));
        Assert.NotNull(CadenceOf(snapshot, D(2026, 2, 28), "e-1"));
    }

    [Fact]
    public void Infer_OnProbation_UsesTheFourteenDayCadence()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1", D(2026, 3, 2), probation: true).CompleteProbation("e-1", D(2026, 6, 1)).Build();

        AssertCadence(CadenceOf(snapshot, D(2026, 5, 31), "e-1"), "e-1", 14, "probation", false);
        AssertCadence(CadenceOf(snapshot, D(2026, 6, 1), "e-1"), "e-1", 30, "company", false);
    }

    [Fact]
    public void Infer_IndividualOverride_BeatsUnitWhichBeatsCompany()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Hire("e-2").Hire("e-3", unit: OrganizationBuilder.Company).Build();
        var parameters = WithCadence(c => c with
        {
            OrgUnitCheckInIntervalDays = new Dictionary<string, int> { ["engineering"] = 20 },
            EmployeeCheckInIntervalDays = new Dictionary<string, int> { ["e-1"] = 45 },
        });

        AssertCadence(CadenceOf(snapshot, D(2026, 3, 10), "e-1", parameters), "e-1", 45, "employee", false);
        AssertCadence(CadenceOf(snapshot, D(2026, 3, 10), "e-2", parameters), "e-2", 20, "org unit", false);
        AssertCadence(CadenceOf(snapshot, D(2026, 3, 10), "e-3", parameters), "e-3", 30, "company", false);
    }

    [Fact]
    public void Infer_UnitOverride_FollowsTheUnitOnTheAsOfDate()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1", unit: OrganizationBuilder.Company).MoveTo("e-1", OrganizationBuilder.Engineering, D(2026, 3, 10)).Build();
        var parameters = WithCadence(c => c with { OrgUnitCheckInIntervalDays = new Dictionary<string, int> { ["engineering"] = 20 } });

        Assert.Equal(30, CadenceOf(snapshot, D(2026, 3, 9), "e-1", parameters)!.IntervalDays);
        Assert.Equal(20, CadenceOf(snapshot, D(2026, 3, 10), "e-1", parameters)!.IntervalDays);
    }

    [Fact]
    public void Infer_OverrideLongerThanProbation_ProbationWins_ShorterOverrideWins()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1", D(2026, 3, 2), probation: true).Hire("e-2", D(2026, 3, 2), probation: true).Build();
        var parameters = WithCadence(c => c with { EmployeeCheckInIntervalDays = new Dictionary<string, int> { ["e-1"] = 21, ["e-2"] = 10 } });

        AssertCadence(CadenceOf(snapshot, D(2026, 3, 5), "e-1", parameters), "e-1", 14, "probation", false);
        AssertCadence(CadenceOf(snapshot, D(2026, 3, 5), "e-2", parameters), "e-2", 10, "employee", false);
    }

    [Fact]
    public void Infer_ChainsIntoTheDueDecision_WhichExplainsTheCadence()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").CheckIn("e-1", D(2026, 3, 1)).Build();
        var parameters = WithCadence(c => c with { EmployeeCheckInIntervalDays = new Dictionary<string, int> { ["e-1"] = 45 } });

        var due = Assert.Single(FireFor<CheckInDueRule>(snapshot, D(2026, 3, 10), "e-1", parameters, CadenceInference));

        Assert.Equal(D(2026, 4, 15), due.DueOn);
        var cadence = Assert.Single(due.Explanation.Facts, f => f.Type == "CheckInCadence");
        Assert.Equal("45", cadence.Values["intervalDays"]);
        Assert.Equal("employee", cadence.Values["source"]);
        Assert.Equal("45", due.Explanation.Parameters["intervalDays"]);
        Assert.Contains("every 45 days (employee cadence)", due.Explanation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Engine_DisablingInference_LeavesNoCheckInDecisions()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Build();
        var engine = TestRuntime.CreateBuilder().AddDefaultPacks().DisableTag("inference").Build();

        var outcome = engine.Evaluate(snapshot, D(2026, 3, 10));

        Assert.DoesNotContain(outcome.Decisions, d => (d.Kind == DecisionKind.CheckInDue || d.Kind == DecisionKind.CheckInOverdue));
    }
}
