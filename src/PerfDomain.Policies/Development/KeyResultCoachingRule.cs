using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Policies.Development;

/// <summary>Coaching for a key result at risk: past the cycle's midpoint, with progress well behind the time elapsed.</summary>
[Name(RuleName)]
[Description("Coaching is recommended for a key result that, past the cycle's midpoint, lags the elapsed time by at least the at-risk gap.")]
[Tag(DevelopmentRule.Pack)]
[Tag("goals")]
public sealed class KeyResultCoachingRule : DevelopmentRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "development.key-result-coaching";

    /// <inheritdoc/>
    public override void Define()
    {
        EvaluationDate today = null!;
        DevelopmentParameters parameters = null!;
        KeyResultFact keyResult = null!;
        EmployeeFact employee = null!;

        When()
            .Match(() => today)
            .Match(() => parameters)
            .Match(() => keyResult, k => today.HasElapsedMoreThan(k.CyclePeriod, 0.5), k => IsAtRisk(k, parameters, today))
            .Match(() => employee, e => e.Id == keyResult.OwnerId, e => e.IsWorking);

        Then()
            .Yield(ctx => Make(ctx, keyResult, parameters));
    }

    // A tolerance, so that a gap of exactly the parameter counts however the fractions round.
    internal static bool IsAtRisk(KeyResultFact keyResult, DevelopmentParameters parameters, EvaluationDate today) =>
        today.HasElapsedAtLeast(keyResult.CyclePeriod, keyResult.Progress + parameters.KeyResultAtRiskGap - 1e-9);

    private Decision Make(IContext context, KeyResultFact keyResult, DevelopmentParameters parameters) =>
        Decide(
            context,
            DecisionKind.CoachingRecommended,
            keyResult.OwnerId,
            keyResult.CycleId,
            null,
            false,
            Reason($"Coach on key result {keyResult.KeyResultId}: it is at {Percent(keyResult.Progress)} with {PercentElapsed(keyResult.CyclePeriod)} of the cycle gone."),
            null,
            keyResult.KeyResultId.Value,
            Used("keyResultAtRiskGap", parameters.KeyResultAtRiskGap));
}
