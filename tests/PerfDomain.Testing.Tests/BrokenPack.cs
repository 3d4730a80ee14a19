using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Packs;

namespace PerfDomain.Testing.Tests;

/// <summary>A deliberately broken rule: recognition for every latest calibrated rating, good or bad.</summary>
[Name(RuleName)]
[Description("Recognises everyone, whatever their rating (broken on purpose).")]
public sealed class RecogniseEveryoneRule : PolicyRule
{
    public const string RuleName = "broken.recognise-everyone";

    public override string PackName => "broken";

    public override string PackVersion => "0.0.1";

    public override void Define()
    {
        EvaluationDate today = null!;
        RatingFact rating = null!;
        EmployeeFact employee = null!;

        When()
            .Match(() => today)
            .Match(() => rating, r => r.IsLatest)
            .Match(() => employee, e => e.Id == rating.EmployeeId, e => e.IsWorking);

        Then()
            .Yield(ctx => Decide(ctx, DecisionKind.RecognitionRecommended, rating.EmployeeId, rating.CycleId, null, true, $"Recognise {rating.EmployeeId} for cycle {rating.CycleId}."));
    }
}

public static class Engines
{
    public static PolicyPack BrokenPack { get; } = new("broken", "0.0.1", "Recognition for everyone.", [typeof(RecogniseEveryoneRule)]);

    public static PolicyEngine Default { get; } = PolicyEngine.CreateBuilder().AddDefaultPacks().Build();

    public static PolicyEngine OnNRules { get; } = PolicyEngine.CreateBuilder().UseRuntime(RuleRuntime.NRules).AddDefaultPacks().Build();

    public static PolicyEngine BrokenOnNRules { get; } = PolicyEngine.CreateBuilder().UseRuntime(RuleRuntime.NRules).AddDefaultPacks().AddPack(BrokenPack).Build();

    public static PolicyEngine Broken { get; } = PolicyEngine.CreateBuilder().AddDefaultPacks().AddPack(BrokenPack).Build();
}
