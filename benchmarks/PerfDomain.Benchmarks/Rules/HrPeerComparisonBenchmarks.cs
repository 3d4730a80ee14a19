using System.Globalization;
using BenchmarkDotNet.Attributes;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using PerfDomain.Cycles;
using RulesEngine.Models;
using PeerEngine = RulesEngine.RulesEngine;
using PeerRule = RulesEngine.Models.Rule;

namespace PerfDomain.Benchmarks.Rules;

/// <summary>What an HR rule recommends.</summary>
public enum HrAction
{
    ImprovementPlan,
    CheckInOverdue,
    Recognition,
}

/// <summary>One recommendation for one employee.</summary>
public readonly record struct Recommendation(int EmployeeId, HrAction Action);

/// <summary>An employee as the three HR rules see them: the last two ratings (5-point scale) and the days since the last check-in.</summary>
public sealed class HrEmployee(int id, int previousRating, int lastRating, int daysSinceCheckIn)
{
    public int Id { get; } = id;

    public int PreviousRating { get; } = previousRating;

    public int LastRating { get; } = lastRating;

    public int DaysSinceCheckIn { get; } = daysSinceCheckIn;
}

/// <summary>The policy's parameters, taken from the domain's 5-point scale.</summary>
public static class HrPolicy
{
    /// <summary>A rating below this is low ("meets expectations" is 3 on the 5-point scale).</summary>
    public static readonly int MeetsThreshold = RatingScale.FivePoint.MeetsThreshold;

    /// <summary>The top rating (5).</summary>
    public static readonly int TopRating = RatingScale.FivePoint.Top;

    /// <summary>A check-in is overdue after this many days.</summary>
    public const int CheckInDays = 30;
}

/// <summary>
/// Where our engine's HR rules put their recommendations. Static, which is the cheapest way for a rule action to reach
/// the caller (NRules' <c>Dependency()</c> with a session's <c>DependencyResolver</c> would also do, at the cost of a
/// resolution per firing); benchmarks run on one thread, and each run starts it afresh.
/// </summary>
public static class HrRecommendations
{
    public static List<Recommendation> Current { get; private set; } = [];

    public static List<Recommendation> Start(int capacity) => Current = new List<Recommendation>(capacity);

    public static void Add(int employeeId, HrAction action) => Current.Add(new Recommendation(employeeId, action));
}

/// <summary>
/// The peer comparison: three simple HR rules over 100,000 employees, in our engine (one session: insert all, fire),
/// in Microsoft's RulesEngine 6.0.1 (its rules compiled once; <c>ExecuteAllRulesAsync</c> per employee, which is how it
/// evaluates inputs), and hand-written C# (the baseline). All three produce the same 100,000-odd recommendations;
/// <see cref="Setup"/> checks that they do.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class HrPeerComparisonBenchmarks
{
    private const string WorkflowName = "hr";

    private HrEmployee[] _employees = null!;
    private ISessionFactory _factory = null!;
    private PeerEngine _peer = null!;

    [Params(100_000)]
    public int EmployeeCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(BenchmarkData.Seed);
        // Ratings lean to "meets" (3) as real distributions do; check-ins are 0 to 60 days old.
        int[] ratingWeights = [1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5];
        _employees = Enumerable.Range(0, EmployeeCount)
            .Select(i => new HrEmployee(i, ratingWeights[random.Next(ratingWeights.Length)], ratingWeights[random.Next(ratingWeights.Length)], random.Next(0, 61)))
            .ToArray();

        _factory = RuleFactories.Ours(typeof(ImprovementPlanRule), typeof(CheckInOverdueRule), typeof(RecognitionRule));

        string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
        var workflow = new Workflow
        {
            WorkflowName = WorkflowName,
            Rules =
            [
                new PeerRule
                {
                    RuleName = nameof(HrAction.ImprovementPlan),
                    RuleExpressionType = RuleExpressionType.LambdaExpression,
                    Expression = $"input1.PreviousRating < {Number(HrPolicy.MeetsThreshold)} && input1.LastRating < {Number(HrPolicy.MeetsThreshold)}",
                },
                new PeerRule
                {
                    RuleName = nameof(HrAction.CheckInOverdue),
                    RuleExpressionType = RuleExpressionType.LambdaExpression,
                    Expression = $"input1.DaysSinceCheckIn > {Number(HrPolicy.CheckInDays)}",
                },
                new PeerRule
                {
                    RuleName = nameof(HrAction.Recognition),
                    RuleExpressionType = RuleExpressionType.LambdaExpression,
                    Expression = $"input1.LastRating == {Number(HrPolicy.TopRating)}",
                },
            ],
        };
        _peer = new PeerEngine([workflow], new ReSettings());

        var expected = Canonical(HandWritten());
        if (!expected.SequenceEqual(Canonical(OurEngine())) || !expected.SequenceEqual(Canonical(RulesEngine().GetAwaiter().GetResult())))
        {
            throw new InvalidOperationException("The three implementations disagree on the recommendations.");
        }
    }

    [Benchmark(Baseline = true)]
    public List<Recommendation> HandWritten()
    {
        var result = new List<Recommendation>(_employees.Length * 2);
        foreach (var e in _employees)
        {
            if (e.PreviousRating < HrPolicy.MeetsThreshold && e.LastRating < HrPolicy.MeetsThreshold)
            {
                result.Add(new Recommendation(e.Id, HrAction.ImprovementPlan));
            }

            if (e.DaysSinceCheckIn > HrPolicy.CheckInDays)
            {
                result.Add(new Recommendation(e.Id, HrAction.CheckInOverdue));
            }

            if (e.LastRating == HrPolicy.TopRating)
            {
                result.Add(new Recommendation(e.Id, HrAction.Recognition));
            }
        }

        return result;
    }

    [Benchmark]
    public List<Recommendation> OurEngine()
    {
        var result = HrRecommendations.Start(_employees.Length * 2);
        var session = _factory.CreateSession();
        session.InsertAll(_employees);
        session.Fire();
        return result;
    }

    [Benchmark]
    public async Task<List<Recommendation>> RulesEngine()
    {
        var result = new List<Recommendation>(_employees.Length * 2);
        foreach (var e in _employees)
        {
            var outcomes = await _peer.ExecuteAllRulesAsync(WorkflowName, e);
            for (var i = 0; i < outcomes.Count; i++)
            {
                if (outcomes[i].IsSuccess)
                {
                    result.Add(new Recommendation(e.Id, Enum.Parse<HrAction>(outcomes[i].Rule.RuleName)));
                }
            }
        }

        return result;
    }

    private static Recommendation[] Canonical(List<Recommendation> recommendations) =>
        recommendations.OrderBy(r => r.EmployeeId).ThenBy(r => r.Action).ToArray();

    public sealed class ImprovementPlanRule : NRules.Fluent.Dsl.Rule
    {
        public override void Define()
        {
            HrEmployee e = null!;
            When().Match(() => e, x => x.PreviousRating < HrPolicy.MeetsThreshold && x.LastRating < HrPolicy.MeetsThreshold);
            Then().Do(_ => HrRecommendations.Add(e.Id, HrAction.ImprovementPlan));
        }
    }

    public sealed class CheckInOverdueRule : NRules.Fluent.Dsl.Rule
    {
        public override void Define()
        {
            HrEmployee e = null!;
            When().Match(() => e, x => x.DaysSinceCheckIn > HrPolicy.CheckInDays);
            Then().Do(_ => HrRecommendations.Add(e.Id, HrAction.CheckInOverdue));
        }
    }

    public sealed class RecognitionRule : NRules.Fluent.Dsl.Rule
    {
        public override void Define()
        {
            HrEmployee e = null!;
            When().Match(() => e, x => x.LastRating == HrPolicy.TopRating);
            Then().Do(_ => HrRecommendations.Add(e.Id, HrAction.Recognition));
        }
    }
}
