using NodaTime;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Packs;
using PerfDomain.Policies.Tests.TestSupport;
using PerfDomain.Snapshots;
using static PerfDomain.Policies.Tests.TestSupport.Dates;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

namespace PerfDomain.Policies.Tests.Evaluation;

/// <summary>The parameters of the custom pack below: a record the pack inserts as a fact.</summary>
public sealed record SeniorityParameters(int MinimumLevel);

/// <summary>A host's own rule: senior employees get leadership training.</summary>
[Name(RuleName)]
[Description("Senior employees are offered leadership training.")]
[Tag("custom")]
public sealed class LeadershipTrainingRule : PolicyRule
{
    public const string RuleName = "custom.leadership-training";

    /// <summary>The pack's own decision kind: no built-in kind says "nominate for the leadership programme".</summary>
    public static readonly DecisionKind LeadershipProgramme = DecisionKind.Custom("custom.leadershipProgrammeNominated");

    public override string PackName => "custom-pack";

    public override string PackVersion => "2.1.0";

    public override void Define()
    {
        EvaluationDate today = null!;
        SeniorityParameters parameters = null!;
        EmployeeFact employee = null!;

        When()
            .Match(() => today)
            .Match(() => parameters)
            .Match(() => employee, e => e.IsWorking, e => e.Level >= parameters.MinimumLevel);

        Then()
            .Yield(ctx => Make(ctx, employee, parameters));
    }

    private Decision Make(IContext context, EmployeeFact employee, SeniorityParameters parameters) =>
        Decide(context, LeadershipProgramme, employee.Id, null, null, false, $"Offer leadership training at level {employee.Level}.", null, "leadership", Used("minimumLevel", parameters.MinimumLevel));
}

public sealed class PolicyEngineTests
{
    private static readonly OrganizationSnapshot Sample = SnapshotReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "samples", "sample-organization.json"));
    private static readonly LocalDate AsOf = Sample.ReferenceDate!.Value;

    private static PolicyPack CustomPack() => new("custom-pack", "2.1.0", "Leadership training for senior people.", [typeof(LeadershipTrainingRule)], [new SeniorityParameters(6)]);

    [Fact]
    public void DisableRule_RemovesItsDecisions_AndOnlyThose()
    {
        var engine = TestRuntime.CreateBuilder().AddDefaultPacks().DisableRule("cadence.check-in-overdue").Build();

        var all = DefaultEngine.Evaluate(Sample, AsOf).Decisions;
        var disabled = engine.Evaluate(Sample, AsOf).Decisions;

        Assert.Contains(all, d => d.Kind == DecisionKind.CheckInOverdue);
        Assert.DoesNotContain(disabled, d => d.Kind == DecisionKind.CheckInOverdue);
        Assert.Equal(all.Where(d => d.Kind != DecisionKind.CheckInOverdue), disabled);
        Assert.DoesNotContain(engine.Rules, r => r.Name == "cadence.check-in-overdue");
    }

    [Fact]
    public void DisableTag_RemovesEveryRuleWithTheTag()
    {
        var engine = TestRuntime.CreateBuilder().AddDefaultPacks().DisableTag("check-ins").Build();

        var decisions = engine.Evaluate(Sample, AsOf).Decisions;

        Assert.DoesNotContain(decisions, d => (d.Kind == DecisionKind.CheckInDue || d.Kind == DecisionKind.CheckInOverdue || d.Kind == DecisionKind.ReintegrationCheckInRecommended));
        Assert.Contains(decisions, d => d.Kind == DecisionKind.ImprovementPlanRecommended);
    }

    [Fact]
    public void DisableTag_WholePack_RemovesThePack()
    {
        var engine = TestRuntime.CreateBuilder().AddDefaultPacks().DisableTag("rating-consequences").Build();

        Assert.DoesNotContain(engine.Evaluate(Sample, AsOf).Decisions, d => d.Explanation.Pack == "rating-consequences");
    }

    [Fact]
    public void Build_UnknownRuleName_Throws()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => TestRuntime.CreateBuilder().AddDefaultPacks().DisableRule("cadence.check-in-overdu").Build());

        Assert.Contains("'cadence.check-in-overdu'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoPack_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => TestRuntime.CreateBuilder().Build());
    }

    [Fact]
    public void AddPack_SameNameTwice_Throws()
    {
        Assert.Throws<ArgumentException>(() => TestRuntime.CreateBuilder().AddDefaultPacks().AddPack(PolicyPacks.ReviewCadence));
    }

    [Fact]
    public void PolicyPack_NonRuleType_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new PolicyPack("bad", "1.0.0", "Bad.", [typeof(string)]));
        Assert.Throws<ArgumentException>(() => new PolicyPack("empty", "1.0.0", "Empty.", []));
    }

    [Fact]
    public void Evaluate_CustomPack_RunsAlongsideTheBuiltIns()
    {
        var engine = TestRuntime.CreateBuilder().AddDefaultPacks().AddPack(CustomPack()).Build();
        var snapshot = new OrganizationBuilder().Hire("e-1", level: 6).Hire("e-2", level: 5).CheckIn("e-1", D(2026, 3, 1)).Build();

        var decisions = engine.Evaluate(snapshot, D(2026, 3, 10)).Decisions;

        var custom = decisions.Where(d => d.Explanation.Rule == LeadershipTrainingRule.RuleName).ToList();
        Assert.Equal(["ceo", "e-1", "mgr"], custom.Select(d => d.EmployeeId.Value));
        var e1 = custom[1];
        Assert.Equal("custom-pack", e1.Explanation.Pack);
        Assert.Equal("2.1.0", e1.Explanation.PackVersion);
        Assert.Equal("leadership", e1.Subject);
        Assert.Equal("custom.leadershipProgrammeNominated", e1.Kind.Name);
        Assert.False(e1.Kind.IsWellKnown);
        Assert.Equal("6", e1.Explanation.Parameters["minimumLevel"]);
        Assert.Contains(e1.Explanation.Facts, f => f.Type == "Employee" && f.Id == "e-1");
        Assert.Contains(decisions, d => d.EmployeeId.Value == "e-1" && d.Kind == DecisionKind.CheckInDue);
        var forE1 = decisions.Where(d => d.EmployeeId.Value == "e-1").ToList();
        Assert.Same(e1, forE1[^1]);
        Assert.Equal(DefaultEngine.Evaluate(snapshot, D(2026, 3, 10)).Decisions, decisions.Where(d => d.Explanation.Pack != "custom-pack"));
    }

    [Fact]
    public void FromAssembly_FindsTheCustomRule_AndDisableTagRemovesIt()
    {
        var pack = PolicyPack.FromAssembly("custom-pack", "2.1.0", "From the test assembly.", typeof(LeadershipTrainingRule).Assembly, [new SeniorityParameters(6)]);
        var snapshot = new OrganizationBuilder().Hire("e-1", level: 6).Build();

        Assert.Equal([typeof(LeadershipTrainingRule)], pack.RuleTypes);
        Assert.Contains(TestRuntime.CreateBuilder().AddPack(pack).Build().Evaluate(snapshot, D(2026, 3, 10)).Decisions, d => d.EmployeeId.Value == "e-1");
        Assert.DoesNotContain(TestRuntime.CreateBuilder().AddDefaultPacks().AddPack(pack).DisableTag("custom").Build().Evaluate(snapshot, D(2026, 3, 10)).Decisions, d => d.Explanation.Pack == "custom-pack");
    }

    [Fact]
    public void Evaluate_CustomPackInPartition_AgreesWithBatch()
    {
        var engine = TestRuntime.CreateBuilder().AddDefaultPacks().AddPack(CustomPack()).Build();
        var snapshot = new OrganizationBuilder().Hire("e-1", level: 6).Build();

        var partition = engine.CreatePartition(snapshot, D(2026, 3, 10));

        Assert.Equal(engine.Evaluate(snapshot, D(2026, 3, 10)).Decisions, partition.Decisions);
    }

    [Fact]
    public async Task Evaluate_ConcurrentlyFromManyThreads_GivesIdenticalOutcomes()
    {
        var dates = Enumerable.Range(0, 24).Select(i => AsOf.PlusDays((i % 6) * 17 - 40)).ToArray();
        var expected = dates.Select(d => DefaultEngine.Evaluate(Sample, d).Decisions).ToArray();
        var actual = new IReadOnlyList<Decision>[dates.Length];

        await Task.Run(() => Parallel.For(0, dates.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = DefaultEngine.Evaluate(Sample, dates[i]).Decisions));

        for (var i = 0; i < dates.Length; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }
    }

    [Fact]
    public void Explain_OneEmployee_HasTheirDecisionsAndWhyNotForTheOtherRules()
    {
        var id = new EmployeeId("e-034");

        var explanation = DefaultEngine.Explain(Sample, AsOf, id);

        Assert.Equal(DefaultEngine.Evaluate(Sample, AsOf).For(id), explanation.Decisions);
        Assert.DoesNotContain(explanation.NotFired, n => explanation.Decisions.Any(d => d.Explanation.Rule == n.Rule));
        Assert.DoesNotContain(explanation.NotFired, n => n.Rule.StartsWith("cadence.check-in-interval", StringComparison.Ordinal));
        Assert.All(explanation.NotFired, n => Assert.False(string.IsNullOrWhiteSpace(n.Reason)));
        Assert.Equal(DefaultEngine.Rules.Count - 2, explanation.NotFired.Count + explanation.Decisions.Select(d => d.Explanation.Rule).Distinct().Count());
    }

    [Fact]
    public void Explain_UnknownEmployee_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => DefaultEngine.Explain(Sample, AsOf, new EmployeeId("nobody")));
    }

    [Fact]
    public void Evaluate_AsOfBeforeAnyHire_GivesNoDecisions()
    {
        Assert.Empty(DefaultEngine.Evaluate(new OrganizationBuilder().Build(), D(2014, 12, 31)).Decisions);
    }
}
