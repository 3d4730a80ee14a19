using NodaTime;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Employees;
using PerfDomain.Policies.Cadence;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;
using PerfDomain.Policies.Runtime;
using PerfDomain.Snapshots;

namespace PerfDomain.Policies.Tests.TestSupport;

/// <summary>
/// Runs rules in the spirit of NRules.Testing: compiles only the rule under test (and the inference
/// rules it needs), inserts the facts projected from a snapshot, fires, and returns the decisions.
/// </summary>
internal static class RuleHarness
{
    /// <summary>The cadence inference rules the check-in rules depend on.</summary>
    public static readonly Type[] CadenceInference = [typeof(CheckInIntervalRule), typeof(ImprovementPlanCheckInIntervalRule)];

    public static readonly PolicyEngine DefaultEngine = TestRuntime.CreateBuilder().AddDefaultPacks().Build();

    /// <summary>Fires a rule (with supporting rules) over a snapshot as of a date; returns the decisions the rule made.</summary>
    public static IReadOnlyList<Decision> Fire<TRule>(OrganizationSnapshot snapshot, LocalDate asOf, PolicyParameters? parameters = null, params Type[] supporting)
        where TRule : Rule
    {
        var fixture = Fixture<TRule>(snapshot, asOf, parameters, supporting);
        var name = NameOf<TRule>();
        return fixture.Session.Query<Decision>().Where(d => d.Explanation.Rule == name).ToList().OrderBy(d => d, DecisionOrder.Instance).ToList();
    }

    /// <summary>Fires a rule and returns its decisions about one employee.</summary>
    public static IReadOnlyList<Decision> FireFor<TRule>(OrganizationSnapshot snapshot, LocalDate asOf, string employeeId, PolicyParameters? parameters = null, params Type[] supporting)
        where TRule : Rule =>
        Fire<TRule>(snapshot, asOf, parameters, supporting).Where(d => d.EmployeeId == new EmployeeId(employeeId)).ToList();

    /// <summary>Fires rules on the runtime under test and returns the session, to query inferred facts.</summary>
    public static RuleRun Fixture<TRule>(OrganizationSnapshot snapshot, LocalDate asOf, PolicyParameters? parameters = null, params Type[] supporting)
        where TRule : Rule
    {
        var runtime = PolicyRuntime.Compile(TestRuntime.Current, Load([typeof(TRule), .. supporting.Where(t => t != typeof(TRule))]));
        var session = runtime.CreateSession();
        session.InsertAll(FactProjection.Project(snapshot, asOf, parameters ?? PolicyParameters.Default));
        runtime.Fire(session);
        return new RuleRun(session);
    }

    /// <summary>The name NRules gives a rule class: its <c>[Name]</c>, else its full type name.</summary>
    public static string NameOf<TRule>() => Load([typeof(TRule)]).Single().Name;

    private static List<IRuleDefinition> Load(Type[] ruleTypes)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(ruleTypes));
        return repository.GetRules().ToList();
    }

    /// <summary>Asserts the parts of an explanation every rule test checks.</summary>
    public static void AssertExplained(Decision decision, string pack, string rule, LocalDate asOf, string[] parameters, string[] factTypes, params string[] reasonMentions)
    {
        Assert.Equal(pack, decision.Explanation.Pack);
        Assert.Equal("1.0.0", decision.Explanation.PackVersion);
        Assert.Equal(rule, decision.Explanation.Rule);
        Assert.Equal(asOf, decision.Explanation.AsOf);
        Assert.Equal(parameters.Order(StringComparer.Ordinal), decision.Explanation.Parameters.Keys.Order(StringComparer.Ordinal));
        foreach (var type in factTypes)
        {
            Assert.Contains(decision.Explanation.Facts, f => f.Type == type);
        }

        Assert.False(string.IsNullOrWhiteSpace(decision.Explanation.Reason));
        foreach (var mention in reasonMentions)
        {
            Assert.Contains(mention, decision.Explanation.Reason, StringComparison.Ordinal);
        }
    }

    /// <summary>Asserts an inferred check-in cadence.</summary>
    public static void AssertCadence(CheckInCadence? cadence, string employeeId, int intervalDays, string source, bool onImprovementPlan)
    {
        Assert.NotNull(cadence);
        Assert.Equal(new EmployeeId(employeeId), cadence.EmployeeId);
        Assert.Equal(intervalDays, cadence.IntervalDays);
        Assert.Equal(source, cadence.Source);
        Assert.Equal(onImprovementPlan, cadence.OnImprovementPlan);
    }

    public static PolicyParameters WithCadence(Func<CadenceParameters, CadenceParameters> change) =>
        PolicyParameters.Default with { ReviewCadence = change(PolicyParameters.Default.ReviewCadence) };

    public static PolicyParameters WithConsequences(Func<ConsequenceParameters, ConsequenceParameters> change) =>
        PolicyParameters.Default with { RatingConsequences = change(PolicyParameters.Default.RatingConsequences) };

    public static PolicyParameters WithDevelopment(Func<DevelopmentParameters, DevelopmentParameters> change) =>
        PolicyParameters.Default with { DevelopmentTriggers = change(PolicyParameters.Default.DevelopmentTriggers) };
}
