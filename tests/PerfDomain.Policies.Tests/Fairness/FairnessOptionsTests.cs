using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Fairness;

namespace PerfDomain.Policies.Tests.Fairness;

/// <summary>Which way each built-in kind counts in the analysis, unless a host says otherwise.</summary>
public class FairnessOptionsTests
{
    public static TheoryData<string, DecisionDirection> BuiltInDirections => new()
    {
        { "recognitionRecommended", DecisionDirection.Favourable },
        { "promotionReadinessFlagged", DecisionDirection.Favourable },
        { "meritIncreaseRecommended", DecisionDirection.Favourable },
        { "bonusEligible", DecisionDirection.Favourable },
        { "bonusNotEligible", DecisionDirection.Adverse },
        { "improvementPlanRecommended", DecisionDirection.Adverse },
        { "checkInOverdue", DecisionDirection.Adverse },
        { "retentionConversationRecommended", DecisionDirection.Neutral },
        { "checkInDue", DecisionDirection.Neutral },
    };

    [Theory]
    [MemberData(nameof(BuiltInDirections))]
    public void DefaultDirection_OfABuiltInKind_IsWhatTheGuideSays(string kind, DecisionDirection expected)
    {
        Assert.Equal(expected, FairnessOptions.DefaultDirection(DecisionKind.Custom(kind)));
    }

    [Fact]
    public void Directions_OverrideTheDefault()
    {
        var options = new FairnessOptions { Directions = new Dictionary<DecisionKind, DecisionDirection> { [DecisionKind.BonusEligible] = DecisionDirection.Neutral } };

        Assert.Equal(DecisionDirection.Neutral, options.DirectionOf(DecisionKind.BonusEligible));
        Assert.Equal(DecisionDirection.Favourable, options.DirectionOf(DecisionKind.MeritIncreaseRecommended));
    }
}
