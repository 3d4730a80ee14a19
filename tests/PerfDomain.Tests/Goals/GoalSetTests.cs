using PerfDomain.Goals;
using PerfDomain.Goals.Events;
using PerfDomain.Tests.TestSupport;
using static PerfDomain.Tests.TestSupport.TestData;

namespace PerfDomain.Tests.Goals;

public sealed class GoalSetTests
{
    private static readonly ObjectiveId Org1 = new("o-org-1");
    private static readonly ObjectiveId Team1 = new("o-team-1");
    private static readonly ObjectiveId Ind1 = new("o-ind-1");
    private static readonly ObjectiveId Ind2 = new("o-ind-2");
    private static readonly ObjectiveId Ind3 = new("o-ind-3");
    private static readonly KeyResultId Kr1 = new("kr-1");
    private static readonly GoalOwner AliceOwner = GoalOwner.Individual(Alice);
    private static readonly GoalOwner EngTeam = GoalOwner.Team(Engineering);

    /// <summary>Organisation ← team ← Alice's first objective; Alice's second aligns to nothing.</summary>
    private static GoalSet Tree()
    {
        var goals = new GoalSet(Cycle2026);
        goals.AddObjective(Org1, GoalOwner.Organization, "Grow revenue", 100, null, Jan1);
        goals.AddObjective(Team1, EngTeam, "Ship v2", 100, Org1, Jan1);
        goals.AddObjective(Ind1, AliceOwner, "Build the API", 60, Team1, Jan1);
        goals.AddObjective(Ind2, AliceOwner, "Mentor", 40, null, Jan1);
        goals.ClearDomainEvents();
        return goals;
    }

    [Fact]
    public void Constructor_DefaultCycle_Throws()
    {
        DomainAssert.Argument<ArgumentException>("cycleId", () => new GoalSet(default), "CycleId");
    }

    [Fact]
    public void AddObjective_Valid_AddsAndRecordsObjectiveAdded()
    {
        var goals = new GoalSet(Cycle2026);

        var objective = goals.AddObjective(Org1, GoalOwner.Organization, "Grow revenue", 70.5m, null, Jan1);

        Assert.Same(objective, goals[Org1]);
        Assert.Same(objective, goals.Find(Org1));
        Assert.Equal([objective], goals.Objectives);
        Assert.Equal("Grow revenue", objective.Title);
        Assert.Equal(70.5m, objective.Weight);
        Assert.Equal(GoalLevel.Organization, objective.Level);
        Assert.Null(objective.ParentId);
        Assert.Empty(objective.KeyResults);
        Assert.Equal(new ObjectiveAdded(Cycle2026, Org1, GoalOwner.Organization, 70.5m, null, Jan1), DomainAssert.SingleEvent<ObjectiveAdded>(goals));
    }

    [Fact]
    public void AddObjective_DuplicateId_Throws()
    {
        var goals = Tree();

        DomainAssert.Violates("goals.duplicate-id", () => goals.AddObjective(Ind1, GoalOwner.Individual(Bob), "Other", 10, null, Jan1), "'c-2026'", "'o-ind-1'");
        Assert.Empty(goals.DomainEvents);
    }

    [Fact]
    public void AddObjective_BringingTotalToExactly100_IsAccepted()
    {
        var goals = new GoalSet(Cycle2026);
        goals.AddObjective(Ind1, AliceOwner, "A", 33.33m, null, Jan1);
        goals.AddObjective(Ind2, AliceOwner, "B", 33.33m, null, Jan1);

        goals.AddObjective(Ind3, AliceOwner, "C", 33.34m, null, Jan1);

        Assert.Equal(100m, goals.WeightTotal(AliceOwner));
    }

    [Fact]
    public void AddObjective_BringingTotalAbove100_ThrowsNamingTotal()
    {
        var goals = Tree();

        DomainAssert.Violates("goals.weights-total", () => goals.AddObjective(Ind3, AliceOwner, "C", 0.01m, null, Jan1), "'o-ind-3'", "employee e-alice", "100.01%");
        Assert.Equal(100m, goals.WeightTotal(AliceOwner));
        Assert.Null(goals.Find(Ind3));
    }

    [Fact]
    public void AddObjective_ZeroWeightOnFullOwner_IsAccepted()
    {
        var goals = Tree();

        goals.AddObjective(Ind3, AliceOwner, "Stretch", 0, null, Jan1);

        Assert.Equal(100m, goals.WeightTotal(AliceOwner));
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("100.01")]
    public void AddObjective_WeightOutsideZeroTo100_ThrowsNamingWeight(string weight)
    {
        var goals = new GoalSet(Cycle2026);

        DomainAssert.Violates("goals.weights-total", () => goals.AddObjective(Ind1, AliceOwner, "A", decimal.Parse(weight, System.Globalization.CultureInfo.InvariantCulture), null, Jan1), "'o-ind-1'", $"weight {weight}%");
    }

    [Fact]
    public void AddObjective_WeightsArePerOwner()
    {
        var goals = Tree();

        goals.AddObjective(Ind3, GoalOwner.Individual(Bob), "Bob's", 100, Team1, Jan1);

        Assert.Equal(100m, goals.WeightTotal(GoalOwner.Individual(Bob)));
        Assert.Equal(100m, goals.WeightTotal(AliceOwner));
        Assert.Equal(0m, goals.WeightTotal(GoalOwner.Individual(Carol)));
    }

    [Fact]
    public void AddObjective_AlignedToHigherLevel_KeepsParent()
    {
        var goals = Tree();

        Assert.Equal(Team1, goals[Ind1].ParentId);
        Assert.Equal(Org1, goals[Team1].ParentId);
    }

    [Fact]
    public void AddObjective_AlignedToSameLevel_IsAccepted()
    {
        var goals = Tree();

        var objective = goals.AddObjective(Ind3, GoalOwner.Individual(Bob), "Help Alice", 50, Ind1, Jan1);

        Assert.Equal(Ind1, objective.ParentId);
        Assert.Equal(Ind1, DomainAssert.SingleEvent<ObjectiveAdded>(goals).ParentId);
    }

    [Fact]
    public void AddObjective_AlignedToLowerLevel_ThrowsNamingLevels()
    {
        var goals = Tree();

        DomainAssert.Violates("goals.alignment-level", () => goals.AddObjective(new ObjectiveId("o-team-2"), GoalOwner.Team(Sales), "Team", 10, Ind1, Jan1), "'o-team-2'", "Team", "'o-ind-1'", "Individual");
        Assert.Null(goals.Find(new ObjectiveId("o-team-2")));
    }

    [Fact]
    public void AddObjective_UnknownParent_ThrowsKeyNotFound()
    {
        var goals = Tree();

        var ex = Assert.Throws<KeyNotFoundException>(() => goals.AddObjective(Ind3, GoalOwner.Individual(Bob), "X", 10, new ObjectiveId("o-missing"), Jan1));
        Assert.Contains("'o-missing'", ex.Message, StringComparison.Ordinal);
        Assert.Null(goals.Find(Ind3));
    }

    [Fact]
    public void AddObjective_BadArguments_Throw()
    {
        var goals = new GoalSet(Cycle2026);

        DomainAssert.Argument<ArgumentException>("id", () => goals.AddObjective(default, AliceOwner, "A", 10, null, Jan1), "ObjectiveId");
        DomainAssert.Argument<ArgumentNullException>("owner", () => goals.AddObjective(Ind1, null!, "A", 10, null, Jan1));
        DomainAssert.Argument<ArgumentException>("title", () => goals.AddObjective(Ind1, AliceOwner, " ", 10, null, Jan1));
        DomainAssert.Argument<ArgumentException>("title", () => goals.AddObjective(Ind1, AliceOwner, new string('t', 501), 10, null, Jan1), "500", "501");
    }

    [Fact]
    public void Indexer_UnknownObjective_ThrowsNamingIt()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Tree()[new ObjectiveId("o-x")]);

        Assert.Contains("'o-x'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'c-2026'", ex.Message, StringComparison.Ordinal);
        Assert.Null(Tree().Find(new ObjectiveId("o-x")));
    }

    [Fact]
    public void ObjectivesOf_ListsOwnersObjectivesInOrderAdded()
    {
        Assert.Equal([Ind1, Ind2], Tree().ObjectivesOf(GoalOwner.Individual(new("e-alice"))).Select(o => o.Id));
    }

    [Fact]
    public void AlignmentPath_ListsAncestorsNearestFirst()
    {
        var goals = Tree();

        Assert.Equal([Team1, Org1], goals.AlignmentPath(Ind1).Select(o => o.Id));
        Assert.Empty(goals.AlignmentPath(Ind2));
        Assert.Empty(goals.AlignmentPath(Org1));
    }

    [Fact]
    public void AlignTo_HigherLevel_RealignsAndRecordsObjectiveAligned()
    {
        var goals = Tree();

        goals.AlignTo(Ind2, Org1, D(2026, 2, 1));

        Assert.Equal(Org1, goals[Ind2].ParentId);
        Assert.Equal(new ObjectiveAligned(Cycle2026, Ind2, Org1, D(2026, 2, 1)), DomainAssert.SingleEvent<ObjectiveAligned>(goals));
    }

    [Fact]
    public void AlignTo_Null_RemovesAlignment()
    {
        var goals = Tree();

        goals.AlignTo(Ind1, null, D(2026, 2, 1));

        Assert.Null(goals[Ind1].ParentId);
        Assert.Null(DomainAssert.SingleEvent<ObjectiveAligned>(goals).ParentId);
    }

    [Fact]
    public void AlignTo_Itself_ThrowsCycle()
    {
        var goals = Tree();

        DomainAssert.Violates("goals.alignment-cycle", () => goals.AlignTo(Ind2, Ind2, D(2026, 2, 1)), "'o-ind-2'");
        Assert.Null(goals[Ind2].ParentId);
    }

    [Fact]
    public void AlignTo_OwnDescendant_ThrowsCycleNamingBoth()
    {
        var goals = Tree();
        goals.AlignTo(Ind2, Ind1, D(2026, 2, 1));
        goals.ClearDomainEvents();

        // Ind2 → Ind1 → Team1 → Org1; aligning Ind1 to Ind2 would close a loop.
        DomainAssert.Violates("goals.alignment-cycle", () => goals.AlignTo(Ind1, Ind2, D(2026, 2, 2)), "'o-ind-1'", "'o-ind-2'", "cycle");
        Assert.Equal(Team1, goals[Ind1].ParentId);
        Assert.Empty(goals.DomainEvents);
    }

    [Fact]
    public void AlignTo_NonDescendantOfSameLevel_IsAccepted()
    {
        var goals = Tree();
        goals.AddObjective(Ind3, GoalOwner.Individual(Bob), "Bob's", 10, null, Jan1);
        goals.AlignTo(Ind2, Ind1, D(2026, 2, 1));

        goals.AlignTo(Ind3, Ind2, D(2026, 2, 1));

        Assert.Equal([Ind2, Ind1, Team1, Org1], goals.AlignmentPath(Ind3).Select(o => o.Id));
    }

    [Fact]
    public void AlignTo_LowerLevel_ThrowsLevel()
    {
        var goals = Tree();

        DomainAssert.Violates("goals.alignment-level", () => goals.AlignTo(Org1, Team1, D(2026, 2, 1)), "'o-org-1'", "Organization", "'o-team-1'", "Team");
        Assert.Null(goals[Org1].ParentId);
    }

    [Fact]
    public void AlignTo_UnknownObjectiveOrParent_ThrowsKeyNotFound()
    {
        var goals = Tree();

        Assert.Throws<KeyNotFoundException>(() => goals.AlignTo(new ObjectiveId("o-x"), Org1, Jan1));
        Assert.Throws<KeyNotFoundException>(() => goals.AlignTo(Ind1, new ObjectiveId("o-x"), Jan1));
        Assert.Equal(Team1, goals[Ind1].ParentId);
    }

    [Fact]
    public void Reweight_Totalling100_SetsWeightsAndRecordsReweighted()
    {
        var goals = Tree();

        goals.Reweight(AliceOwner, new Dictionary<ObjectiveId, decimal> { [Ind1] = 25, [Ind2] = 75 }, D(2026, 3, 1));

        Assert.Equal(25m, goals[Ind1].Weight);
        Assert.Equal(75m, goals[Ind2].Weight);
        Assert.Equal(new ObjectivesReweighted(Cycle2026, AliceOwner, D(2026, 3, 1)), DomainAssert.SingleEvent<ObjectivesReweighted>(goals));
    }

    [Fact]
    public void Reweight_NotTotalling100_ThrowsNamingTotalAndKeepsWeights()
    {
        var goals = Tree();

        DomainAssert.Violates("goals.weights-total", () => goals.Reweight(AliceOwner, new Dictionary<ObjectiveId, decimal> { [Ind1] = 50, [Ind2] = 49.99m }, Jan1), "employee e-alice", "99.99%", "100%");
        Assert.Equal(60m, goals[Ind1].Weight);
        Assert.Empty(goals.DomainEvents);
    }

    [Fact]
    public void Reweight_Above100_Throws()
    {
        DomainAssert.Violates("goals.weights-total", () => Tree().Reweight(AliceOwner, new Dictionary<ObjectiveId, decimal> { [Ind1] = 50, [Ind2] = 50.01m }, Jan1), "100.01%");
    }

    [Fact]
    public void Reweight_LeavingOutAnObjective_ThrowsNamingIt()
    {
        DomainAssert.Violates("goals.weights-total", () => Tree().Reweight(AliceOwner, new Dictionary<ObjectiveId, decimal> { [Ind1] = 100 }, Jan1), "leave out", "'o-ind-2'");
    }

    [Fact]
    public void Reweight_OtherOwnersObjective_ThrowsNamingIt()
    {
        DomainAssert.Violates("goals.weights-total", () => Tree().Reweight(AliceOwner, new Dictionary<ObjectiveId, decimal> { [Ind1] = 50, [Ind2] = 40, [Team1] = 10 }, Jan1), "'o-team-1'", "e-alice");
    }

    [Fact]
    public void Reweight_NegativeWeight_ThrowsNamingIt()
    {
        DomainAssert.Violates("goals.weights-total", () => Tree().Reweight(AliceOwner, new Dictionary<ObjectiveId, decimal> { [Ind1] = 110, [Ind2] = -10 }, Jan1), "weight");
    }

    [Fact]
    public void Reweight_OwnerWithoutObjectives_Throws()
    {
        DomainAssert.Violates("goals.weights-total", () => Tree().Reweight(GoalOwner.Individual(Carol), new Dictionary<ObjectiveId, decimal>(), Jan1), "0%");
    }

    [Fact]
    public void Reweight_NullArguments_Throw()
    {
        DomainAssert.Argument<ArgumentNullException>("owner", () => Tree().Reweight(null!, new Dictionary<ObjectiveId, decimal>(), Jan1));
        DomainAssert.Argument<ArgumentNullException>("weights", () => Tree().Reweight(AliceOwner, null!, Jan1));
    }

    [Fact]
    public void AddKeyResult_Valid_AddsAtStartValueAndRecordsKeyResultAdded()
    {
        var goals = Tree();

        var kr = goals.AddKeyResult(Ind1, Kr1, "p95 latency", 800, 200, "ms", D(2026, 1, 10));

        Assert.Equal([kr], goals[Ind1].KeyResults);
        Assert.Equal((goals[Ind1], kr), goals.FindKeyResult(Kr1));
        Assert.Equal(800m, kr.Current);
        Assert.Null(kr.LastUpdatedOn);
        Assert.Equal(new KeyResultAdded(Cycle2026, Ind1, Kr1, 800, 200, "ms", D(2026, 1, 10)), DomainAssert.SingleEvent<KeyResultAdded>(goals));
    }

    [Fact]
    public void AddKeyResult_DuplicateIdAcrossObjectives_Throws()
    {
        var goals = Tree();
        goals.AddKeyResult(Ind1, Kr1, "A", 0, 1, "x", Jan1);

        DomainAssert.Violates("goals.duplicate-id", () => goals.AddKeyResult(Ind2, Kr1, "B", 0, 1, "x", Jan1), "'kr-1'");
        Assert.Empty(goals[Ind2].KeyResults);
    }

    [Fact]
    public void AddKeyResult_StartEqualsTarget_ThrowsNamingTarget()
    {
        var goals = Tree();

        DomainAssert.Violates("goals.key-result-measurable", () => goals.AddKeyResult(Ind1, Kr1, "A", 5, 5, "deals", Jan1), "'kr-1'", "5 deals");
        Assert.Empty(goals[Ind1].KeyResults);
        Assert.Null(goals.FindKeyResult(Kr1));
        Assert.Empty(goals.DomainEvents);
    }

    [Fact]
    public void AddKeyResult_UnknownObjective_ThrowsKeyNotFound()
    {
        Assert.Throws<KeyNotFoundException>(() => Tree().AddKeyResult(new ObjectiveId("o-x"), Kr1, "A", 0, 1, "x", Jan1));
    }

    [Fact]
    public void AddKeyResult_BadArguments_Throw()
    {
        var goals = Tree();

        DomainAssert.Argument<ArgumentException>("id", () => goals.AddKeyResult(Ind1, default, "A", 0, 1, "x", Jan1), "KeyResultId");
        DomainAssert.Argument<ArgumentException>("description", () => goals.AddKeyResult(Ind1, Kr1, "", 0, 1, "x", Jan1));
        DomainAssert.Argument<ArgumentException>("unit", () => goals.AddKeyResult(Ind1, Kr1, "A", 0, 1, new string('u', 51), Jan1), "50", "51");
    }

    [Fact]
    public void RecordProgress_Valid_UpdatesCurrentAndRecordsProgress()
    {
        var goals = Tree();
        var kr = goals.AddKeyResult(Ind1, Kr1, "Deals", 0, 10, "deals", Jan1);
        goals.ClearDomainEvents();

        goals.RecordProgress(Kr1, 4, D(2026, 3, 1));
        goals.RecordProgress(Kr1, 6, D(2026, 3, 1));

        Assert.Equal(6m, kr.Current);
        Assert.Equal(D(2026, 3, 1), kr.LastUpdatedOn);
        Assert.Equal(new KeyResultProgressRecorded(Cycle2026, Kr1, 4, 6, D(2026, 3, 1)), DomainAssert.LastEvent<KeyResultProgressRecorded>(goals));
        Assert.Equal(0m, Assert.IsType<KeyResultProgressRecorded>(goals.DomainEvents[0]).Previous);
    }

    [Fact]
    public void RecordProgress_BeforeLastMeasurement_ThrowsNamingDates()
    {
        var goals = Tree();
        var kr = goals.AddKeyResult(Ind1, Kr1, "Deals", 0, 10, "deals", Jan1);
        goals.RecordProgress(Kr1, 4, D(2026, 3, 1));

        DomainAssert.Violates("goals.progress-order", () => goals.RecordProgress(Kr1, 5, D(2026, 2, 28)), "'kr-1'", "2026-03-01", "2026-02-28", "predates");
        Assert.Equal(4m, kr.Current);
    }

    [Fact]
    public void RecordProgress_UnknownKeyResult_ThrowsKeyNotFound()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Tree().RecordProgress(Kr1, 1, Jan1));

        Assert.Contains("'kr-1'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Objective_Progress_IsMeanOfKeyResults()
    {
        var goals = Tree();
        Assert.Equal(0, goals[Ind1].Progress);
        goals.AddKeyResult(Ind1, Kr1, "A", 0, 10, "x", Jan1);
        goals.AddKeyResult(Ind1, new KeyResultId("kr-2"), "B", 0, 10, "x", Jan1);

        goals.RecordProgress(Kr1, 10, Jan1);

        Assert.Equal(0.5, goals[Ind1].Progress, 12);
    }

    [Fact]
    public void ToString_CountsObjectives()
    {
        Assert.Equal("Goals of cycle c-2026 (4 objectives)", Tree().ToString());
        Assert.Equal("o-ind-1: Build the API (employee e-alice, 60%)", Tree()[Ind1].ToString());
    }
}
