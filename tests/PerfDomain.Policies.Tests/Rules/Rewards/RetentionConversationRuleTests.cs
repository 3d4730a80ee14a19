using PerfDomain.Consequences;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Rewards;
using PerfDomain.Policies.Tests.TestSupport;
using PerfDomain.TalentReview;
using static PerfDomain.Policies.Tests.TestSupport.Dates;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

namespace PerfDomain.Policies.Tests.Rules.Rewards;

/// <summary>
/// A retention conversation for a high performer with a signal, each signal alone (the others ruled out: a recent
/// recognition, a recent role change, pay at the midpoint, the same manager) and named in the reason and subject.
/// </summary>
public sealed class RetentionConversationRuleTests
{
    private static readonly NodaTime.LocalDate AsOf = D(2026, 12, 1);

    /// <summary>A top-rated employee with no signal; each test adds one.</summary>
    private static OrganizationBuilder TopRated(string id = "e-1", int rating = 5) =>
        new OrganizationBuilder().Hire(id).ChangeRole(id, D(2025, 6, 1)).Pay(id, 60_000m).ManagerReview(id, 2026, rating);

    [Fact]
    public void Fire_NoSignal_NoConversation()
    {
        var snapshot = TopRated().Recognition("e-1", RecognitionKind.Recognition, 2026, D(2026, 6, 1)).Build();

        Assert.Empty(FireFor<RetentionConversationRule>(snapshot, AsOf, "e-1"));
    }

    [Fact]
    public void Fire_NoRecognitionInTwelveMonths_NamesIt()
    {
        var snapshot = TopRated().Recognition("e-1", RecognitionKind.Recognition, 2025, D(2025, 11, 30)).Build();

        var conversation = Assert.Single(FireFor<RetentionConversationRule>(snapshot, AsOf, "e-1"));

        Assert.Equal(DecisionKind.RetentionConversationRecommended, conversation.Kind);
        Assert.True(conversation.RequiresApproval);
        Assert.Null(conversation.CycleId);
        Assert.Equal("no recent recognition", conversation.Subject);
        AssertExplained(
            conversation, "rewards", "rewards.retention-conversation", AsOf,
            ["retentionRecognitionMonths", "retentionRoleChangeMonths", "retentionCompaRatioBelow", "retentionNewManagerDays"],
            ["Employee", "Talent"],
            "Hold a retention conversation with this high performer (calibrated rating 'Outstanding' (5 of 5) in cycle-2026): no recognition in 12 months.");
    }

    [Fact]
    public void Fire_NoRoleChangeInThreeYears_NamesIt()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Pay("e-1", 60_000m).ManagerReview("e-1", 2026, 4)
            .Recognition("e-1", RecognitionKind.Recognition, 2026, D(2026, 6, 1)).Build();

        var conversation = Assert.Single(FireFor<RetentionConversationRule>(snapshot, AsOf, "e-1"));

        Assert.Equal("no role change", conversation.Subject);
        Assert.EndsWith(": no role change in 36 months (in role since 2020-01-01).", conversation.Explanation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_CompaRatioBelowTheThreshold_NamesIt()
    {
        // 53,000 ÷ 60,000 = 0.883, below 0.90.
        var snapshot = new OrganizationBuilder().Hire("e-1").ChangeRole("e-1", D(2025, 6, 1)).Pay("e-1", 53_000m).ManagerReview("e-1", 2026, 5)
            .Recognition("e-1", RecognitionKind.Recognition, 2026, D(2026, 6, 1)).Build();

        var conversation = Assert.Single(FireFor<RetentionConversationRule>(snapshot, AsOf, "e-1"));

        Assert.Equal("low compa-ratio", conversation.Subject);
        Assert.EndsWith(": compa-ratio 0.88 below 0.90.", conversation.Explanation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_NewManagerInTheLastNinetyDays_NamesIt()
    {
        var snapshot = TopRated().Recognition("e-1", RecognitionKind.Recognition, 2026, D(2026, 6, 1)).ReportTo("e-1", OrganizationBuilder.Ceo, D(2026, 10, 1)).Build();

        var conversation = Assert.Single(FireFor<RetentionConversationRule>(snapshot, AsOf, "e-1"));

        Assert.Equal("new manager", conversation.Subject);
        Assert.EndsWith(": a new manager since 2026-10-01.", conversation.Explanation.Reason, StringComparison.Ordinal);
        Assert.Empty(FireFor<RetentionConversationRule>(snapshot, D(2026, 12, 30), "e-1"));
    }

    [Fact]
    public void Fire_EverySignal_NamesEachInOrder()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Pay("e-1", 53_000m).ManagerReview("e-1", 2026, 5).ReportTo("e-1", OrganizationBuilder.Ceo, D(2026, 10, 1)).Build();

        var conversation = Assert.Single(FireFor<RetentionConversationRule>(snapshot, AsOf, "e-1"));

        Assert.Equal("no recent recognition, no role change, low compa-ratio, new manager", conversation.Subject);
        Assert.EndsWith(
            ": no recognition in 12 months; no role change in 36 months (in role since 2020-01-01); compa-ratio 0.88 below 0.90; a new manager since 2026-10-01.",
            conversation.Explanation.Reason,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_NotAHighPerformer_NoConversationWhateverTheSignals()
    {
        var snapshot = new OrganizationBuilder()
            .Hire("e-1").Pay("e-1", 53_000m).ManagerReview("e-1", 2026, 3)
            .Hire("e-2").Pay("e-2", 53_000m).ManagerReview("e-2", 2026, 5, calibrate: false)
            .Build();

        Assert.Empty(Fire<RetentionConversationRule>(snapshot, AsOf));
    }

    [Fact]
    public void Fire_HighCalibratedPotentialAtMeets_IsAHighPerformer_UncalibratedIsNot()
    {
        var snapshot = new OrganizationBuilder()
            .Hire("e-1").ManagerReview("e-1", 2026, 3).Potential("e-1", 2026, PotentialLevel.Moderate, calibratedTo: PotentialLevel.High)
            .Hire("e-2").ManagerReview("e-2", 2026, 3).Potential("e-2", 2026, PotentialLevel.High, calibrate: false)
            .Build();

        var conversation = Assert.Single(Fire<RetentionConversationRule>(snapshot, AsOf));

        Assert.Equal("e-1", conversation.EmployeeId.Value);
        Assert.StartsWith("Hold a retention conversation with this high performer (calibrated high potential in cycle-2026): ", conversation.Explanation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_HiredWithinTwelveMonths_NoRecognitionIsNoSignal()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1", on: D(2026, 1, 5)).Pay("e-1", 60_000m).ManagerReview("e-1", 2026, 5).Build();

        Assert.Empty(FireFor<RetentionConversationRule>(snapshot, AsOf, "e-1"));
    }
}
