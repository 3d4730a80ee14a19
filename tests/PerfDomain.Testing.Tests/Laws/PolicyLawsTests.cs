using Xunit.Abstractions;
using PerfDomain.Policies.Decisions;
using PerfDomain.Snapshots;
using FsCheck.Fluent;
using PerfDomain.Testing.Generation;
using PerfDomain.Testing.Generators;
using PerfDomain.Testing.Laws;

namespace PerfDomain.Testing.Tests.Laws;

public sealed class PolicyLawsTests(ITestOutputHelper output)
{
    public static TheoryData<string> LawNames() => new(PolicyLaws.All(Engines.Default).Select(l => l.Name));

    [Fact]
    public void All_HasEightNamedAndDescribedLaws()
    {
        var laws = PolicyLaws.All(Engines.Default);

        Assert.Equal(8, laws.Count);
        Assert.Contains(laws, l => l.Name == "merit-monotonic-in-ratings");
        Assert.Contains(laws, l => l.Name == "no-merit-during-improvement-plan");
        Assert.Equal(laws.Count, laws.Select(l => l.Name).Distinct().Count());
        Assert.All(laws, l => Assert.False(string.IsNullOrWhiteSpace(l.Description)));
    }

    [Theory]
    [MemberData(nameof(LawNames))]
    public void Check_DefaultPacks_EveryLawPasses(string name)
    {
        var law = PolicyLaws.All(Engines.Default).Single(l => l.Name == name);

        var result = Assert.Single(PolicyLawRunner.Check([law], maxTest: 25, seed: 1234));

        Assert.True(result.Passed, result.ToString());
        Assert.Equal(25, result.Tests);
    }

    [Theory]
    [MemberData(nameof(LawNames))]
    public void Check_DefaultPacksOnNRulesRuntime_EveryLawPasses(string name)
    {
        var law = PolicyLaws.All(Engines.OnNRules).Single(l => l.Name == name);

        var result = Assert.Single(PolicyLawRunner.Check([law], maxTest: 25, seed: 1234));

        Assert.True(result.Passed, result.ToString());
        Assert.Equal(25, result.Tests);
    }

    [Fact]
    public void Check_BrokenPackOnNRulesRuntime_FailsWithTheSameCounterexampleAsOnOurs()
    {
        var ours = Assert.Single(PolicyLawRunner.Check([PolicyLaws.NoContradictions(() => Engines.Broken)], maxTest: 100, seed: 42));
        var theirs = Assert.Single(PolicyLawRunner.Check([PolicyLaws.NoContradictions(() => Engines.BrokenOnNRules)], maxTest: 100, seed: 42));

        Assert.False(theirs.Passed);
        Assert.Equal(ours.Tests, theirs.Tests);
        Assert.Equal(SnapshotWriter.Write(ours.Counterexample!), SnapshotWriter.Write(theirs.Counterexample!));
    }

    [Fact]
    public void Check_BrokenPack_NoContradictionsFailsWithAShrunkCounterexampleAndReplaySeed()
    {
        var law = PolicyLaws.NoContradictions(() => Engines.Broken);

        var result = Assert.Single(PolicyLawRunner.Check([law], maxTest: 100, seed: 42));

        Assert.Equal(PolicyLawStatus.Failed, result.Status);
        Assert.Contains("contradictory", result.Message, StringComparison.Ordinal);
        Assert.Contains(RecogniseEveryoneRule.RuleName, result.Message, StringComparison.Ordinal);
        var counterexample = Assert.IsType<OrganizationSnapshot>(result.Counterexample);
        Assert.True(counterexample.Employees.Count <= 3, $"not shrunk: {counterexample.Employees.Count} employees");
        Assert.NotNull(result.CounterexampleAsOf);
        Assert.NotNull(result.Replay);
        Assert.Contains("replay: ", result.ToString(), StringComparison.Ordinal);
        output.WriteLine(result.ToString());

        // The counterexample really is one.
        var decisions = Engines.Broken.Evaluate(counterexample, result.CounterexampleAsOf!.Value).Decisions;
        Assert.Contains(decisions, d => d.Kind == DecisionKind.RecognitionRecommended && decisions.Any(o => o.EmployeeId == d.EmployeeId && o.CycleId == d.CycleId && (o.Kind == DecisionKind.ImprovementPlanRecommended || o.Kind == DecisionKind.DevelopmentPlanRecommended)));
    }

    [Fact]
    public void Check_BrokenPackOnLargeOrganisations_ShrinksTheCounterexample()
    {
        var large = OrganizationArbitraries.Organizations(
            from seed in Gen.Choose(0, 100_000)
            select new SyntheticOrganizationOptions { Seed = seed, Employees = 25, Years = 3 });
        var law = PolicyLaws.NoContradictions(() => Engines.Broken, organizations: large);

        var result = Assert.Single(PolicyLawRunner.Check([law], maxTest: 50, seed: 11));

        Assert.Equal(PolicyLawStatus.Failed, result.Status);
        Assert.True(result.Shrinks > 0, result.ToString());
        Assert.True(result.Counterexample!.Employees.Count < 25, result.ToString());
        output.WriteLine(result.ToString());
    }

    [Fact]
    public void Replay_ReportedSeed_FailsAgain()
    {
        var law = PolicyLaws.NoContradictions(() => Engines.Broken);
        var failed = Assert.Single(PolicyLawRunner.Check([law], maxTest: 100, seed: 42));

        var replayed = PolicyLawRunner.Replay(law, PolicyLawReplay.Parse(failed.Replay!.ToString()));

        Assert.Equal(PolicyLawStatus.Failed, replayed.Status);
        Assert.Equal(1, replayed.Tests);
    }

    [Fact]
    public void Check_SameSeed_SameResult()
    {
        var law = PolicyLaws.NoContradictions(() => Engines.Broken);

        var first = Assert.Single(PolicyLawRunner.Check([law], maxTest: 100, seed: 7));
        var second = Assert.Single(PolicyLawRunner.Check([law], maxTest: 100, seed: 7));

        Assert.Equal(first.Replay, second.Replay);
        Assert.Equal(first.Message, second.Message);
    }

    [Fact]
    public void NoContradictions_ConflictsOmitted_BrokenPackPasses()
    {
        var law = PolicyLaws.NoContradictions(() => Engines.Broken, [new DecisionConflict(DecisionKind.CheckInDue, DecisionKind.CheckInOverdue, ConflictScope.Employee)]);

        var result = Assert.Single(PolicyLawRunner.Check([law], maxTest: 20, seed: 3));

        Assert.True(result.Passed, result.ToString());
    }

    [Fact]
    public void Check_CustomLaw_IsRunLikeTheBuiltInOnes()
    {
        var law = PolicyLaws.Law("never-anything", "Nothing is ever decided (false on purpose).", null, (snapshot, asOf) =>
        {
            if (Engines.Default.Evaluate(snapshot, asOf).Decisions.Count > 0)
            {
                PolicyLaws.Fail("something was decided");
            }
        });

        var result = Assert.Single(PolicyLawRunner.Check([law], maxTest: 50, seed: 5));

        Assert.Equal(PolicyLawStatus.Failed, result.Status);
        Assert.Equal("something was decided", result.Message);
        Assert.InRange(result.Counterexample!.Employees.Count, 1, 2);
    }

    [Fact]
    public void Check_LawThatCannotBuild_ReportsWithoutThrowing()
    {
        var law = new PolicyLaw("broken-law", "Throws while building its property.", () => throw new InvalidOperationException("no engine"));

        var result = Assert.Single(PolicyLawRunner.Check([law], maxTest: 5, seed: null));

        Assert.Equal(PolicyLawStatus.Failed, result.Status);
        Assert.Contains("no engine", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckInCadenceIsTotal_WithoutTheCadencePack_HoldsTrivially()
    {
        var engine = Policies.Evaluation.PolicyEngine.CreateBuilder().AddPack(Engines.BrokenPack).Build();

        var result = Assert.Single(PolicyLawRunner.Check([PolicyLaws.CheckInCadenceIsTotal(() => engine)], maxTest: 5, seed: 1));

        Assert.True(result.Passed, result.ToString());
    }

    [Fact]
    public void Property_CheckedWithFsCheckDirectly_Passes() =>
        FsCheck.Check.One(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(10), PolicyLaws.Determinism(() => Engines.Default).Property());

    [Fact]
    public void Property_BrokenPackCheckedWithFsCheckDirectly_Throws()
    {
        var failure = Assert.ThrowsAny<Exception>(() => FsCheck.Check.One(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(100).WithReplay(new FsCheck.Replay(new FsCheck.Rnd(42), Microsoft.FSharp.Core.FSharpOption<int>.None)), PolicyLaws.NoContradictions(() => Engines.Broken).Property()));

        Assert.Contains("contradictory", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PolicyLawReplay_Parse_RoundTripsAndRejectsGarbage()
    {
        var replay = new PolicyLawReplay(123, 457, 9);

        Assert.Equal(replay, PolicyLawReplay.Parse(replay.ToString()));
        Assert.Equal(replay, PolicyLawReplay.Parse("(123, 457, 9)"));
        Assert.Throws<FormatException>(() => PolicyLawReplay.Parse("123"));
    }
}
