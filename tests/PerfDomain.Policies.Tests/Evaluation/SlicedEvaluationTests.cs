using System.Collections.Concurrent;
using FsCheck;
using FsCheck.Xunit;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Packs;
using PerfDomain.Policies.Tests.Properties;
using PerfDomain.Policies.Tests.TestSupport;
using PerfDomain.Rules;
using PerfDomain.Testing.Generation;
using static PerfDomain.Policies.Tests.TestSupport.Dates;

namespace PerfDomain.Policies.Tests.Evaluation;

/// <summary>
/// A batch whose packs keep to one employee is cut into slices of employees evaluated in sessions of their own, side
/// by side; whatever the cut and the number of threads, the outcome is that of one session over everyone.
/// </summary>
[Properties(Arbitrary = [typeof(PolicyArbitraries)], MaxTest = 150)]
public sealed class SlicedEvaluationTests
{
    private static readonly PolicyEngine Whole = TestRuntime.CreateBuilder().AddDefaultPacks().UseSliceSize(int.MaxValue).Build();

    private static readonly ConcurrentDictionary<(int, int), PolicyEngine> Sliced = new();

    private static PolicyPack CrossEmployeePack(bool declared) =>
        new("cross-employee-pack", "0.0.1", "Joins an employee with their manager's own fact.", [typeof(ManagerKnownRule)], joinsAcrossEmployees: declared);

    [Property]
    public void Evaluate_InSlices_SameDecisionsInTheSameOrderAndSameFiringsAsOneSession(OrganizationCase org, PositiveInt size, PositiveInt threads)
    {
        var engine = Sliced.GetOrAdd((1 + (size.Get % 6), 1 + (threads.Get % 3)), k => TestRuntime.CreateBuilder().AddDefaultPacks().UseSliceSize(k.Item1).UseMaxDegreeOfParallelism(k.Item2).Build());
        var snapshot = org.Build();

        var whole = Whole.Evaluate(snapshot, org.AsOf);
        var sliced = engine.Evaluate(snapshot, org.AsOf);

        Assert.Equal(whole.Decisions, sliced.Decisions);
        Assert.Equal(whole.RulesFired, sliced.RulesFired);
    }

    [Fact]
    public void Evaluate_GeneratedOrganisationInSmallSlices_SameOutcomeIncludingTeamRules()
    {
        var snapshot = SyntheticOrganization.Generate(new SyntheticOrganizationOptions { Employees = 3_000, Seed = 7 });
        var asOf = snapshot.ReferenceDate!.Value;
        var engine = TestRuntime.CreateBuilder().AddDefaultPacks().UseSliceSize(7).UseMaxDegreeOfParallelism(2).Build();

        var whole = Whole.Evaluate(snapshot, asOf);
        var sliced = engine.Evaluate(snapshot, asOf);

        // The team rules read a manager's Manager and ManagerRating facts, which must land in the manager's slice.
        Assert.Contains(whole.Decisions, d => d.Kind == DecisionKind.CalibrationReviewRecommended);
        Assert.Contains(whole.Decisions, d => d.Kind == DecisionKind.ManagerCoachingRecommended || d.Kind == DecisionKind.ManagerTrainingRecommended);
        Assert.Equal(whole.Decisions, sliced.Decisions);
        Assert.Equal(whole.RulesFired, sliced.RulesFired);
    }

    [Fact]
    public void Evaluate_PackThatJoinsAcrossEmployees_IsNotCut()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Hire("e-2").Build();
        var engine = TestRuntime.CreateBuilder().AddDefaultPacks().AddPack(CrossEmployeePack(declared: true)).UseSliceSize(1).Build();

        var decisions = engine.Evaluate(snapshot, D(2026, 3, 10)).Decisions.Where(d => d.Kind == ManagerKnownRule.Kind).ToList();

        // Everyone but the chief executive has their manager in the snapshot.
        Assert.Equal(snapshot.Employees.Count(e => e.ManagerId is not null), decisions.Count);
        Assert.Contains(decisions, d => d.EmployeeId == new EmployeeId("e-1"));
    }

    [Fact]
    public void Evaluate_PackThatWronglyDeclaresItKeepsToOneEmployee_LosesTheJoinsAcrossSlices()
    {
        // The declaration is a promise the engine relies on: this is what breaking it costs, and why the default is true.
        var snapshot = new OrganizationBuilder().Hire("e-1").Hire("e-2").Build();
        var engine = TestRuntime.CreateBuilder().AddDefaultPacks().AddPack(CrossEmployeePack(declared: false)).UseSliceSize(1).Build();

        var decisions = engine.Evaluate(snapshot, D(2026, 3, 10)).Decisions.Where(d => d.Kind == ManagerKnownRule.Kind);

        Assert.Empty(decisions);
    }

    [Fact]
    public void Evaluate_RunawayRuleInSlices_StopsAtTheLimitNamingTheRule()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Hire("e-2").Hire("e-3").Build();
        var engine = TestRuntime.CreateBuilder()
            .AddDefaultPacks()
            .AddPack(new PolicyPack("runaway-pack", "0.0.1", "A rule that never stops.", [typeof(RunawayRule)], [new RunawayCounter()], joinsAcrossEmployees: false))
            .UseSliceSize(1)
            .UseFiringLimit(400)
            .Build();

        var ex = Assert.Throws<FiringLimitExceededException>(() => engine.Evaluate(snapshot, D(2026, 3, 10)));

        Assert.Equal(400, ex.Limit);
        Assert.Equal(RunawayRule.RuleName, ex.RuleNames[0]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void UseMaxDegreeOfParallelism_NotPositive_Throws(int degree) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PolicyEngine.CreateBuilder().UseMaxDegreeOfParallelism(degree));

    [Fact]
    public void DefaultPacks_KeepToOneEmployee() =>
        Assert.All(PolicyPacks.All, p => Assert.False(p.JoinsAcrossEmployees));

    [Fact]
    public void CustomPack_JoinsAcrossEmployeesUnlessItSaysOtherwise() =>
        Assert.True(new PolicyPack("p", "1", "d", [typeof(ManagerKnownRule)]).JoinsAcrossEmployees);
}
