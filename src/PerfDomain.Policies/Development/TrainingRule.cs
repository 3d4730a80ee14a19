using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;

namespace PerfDomain.Policies.Development;

/// <summary>Training for a competency rated below "meets" in the latest manager review, unless an active plan develops it.</summary>
[Name(RuleName)]
[Description("Training is recommended for a competency rated below meets, unless an active development plan already addresses it.")]
[Tag(DevelopmentRule.Pack)]
[Tag("development")]
public sealed class TrainingRule : DevelopmentRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "development.training";

    /// <inheritdoc/>
    public override void Define()
    {
        EvaluationDate today = null!;
        CompetencyRatingFact rating = null!;
        EmployeeFact employee = null!;

        When()
            .Match(() => today)
            .Match(() => rating, r => !r.MeetsOrAbove)
            .Match(() => employee, e => e.Id == rating.EmployeeId, e => e.IsWorking)
            .Not<DevelopmentPlanFact>(p => p.EmployeeId == rating.EmployeeId, p => p.Develops(rating.CompetencyId));

        Then()
            .Yield(ctx => Make(ctx, rating));
    }

    private Decision Make(IContext context, CompetencyRatingFact rating) =>
        Decide(
            context,
            DecisionKind.TrainingRecommended,
            rating.EmployeeId,
            rating.CycleId,
            null,
            false,
            $"Offer training in '{rating.CompetencyId}': the manager rated it {rating.Rating}, below meets ({rating.MeetsThreshold}), in {rating.CycleId}.",
            null,
            rating.CompetencyId.Value);
}
