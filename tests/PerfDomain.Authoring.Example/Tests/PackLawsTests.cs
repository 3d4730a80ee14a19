using PerfDomain.Authoring.Example.Pack;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Testing.Laws;

namespace PerfDomain.Authoring.Example.Tests;

public sealed class PackLawsTests
{
    private static readonly PolicyEngine Engine = EngineeringPromotionPack.Engine();

    public static TheoryData<string> LawNames() => new(Laws().Select(l => l.Name));

    [Theory]
    [MemberData(nameof(LawNames))]
    public void EveryLawHolds(string name)
    {
        var law = Laws().Single(l => l.Name == name);

        var result = Assert.Single(PolicyLawRunner.Check([law], maxTest: 20, seed: 2026));

        Assert.True(result.Passed, result.ToString());
    }

    [Fact]
    public void NoContradictions_RunWithFsCheckDirectly() =>
        FsCheck.Check.One(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(20), PolicyLaws.NoContradictions(() => Engine).Property());

    // The built-in laws plus one of the pack's own.
    private static IEnumerable<PolicyLaw> Laws() => PolicyLaws.All(Engine).Append(ExplainedWithPackVersion());

    private static PolicyLaw ExplainedWithPackVersion() =>
        PolicyLaws.Law(
            "engineering-decisions-need-approval",
            "Every decision of the engineering pack names pack 1.0.0 and waits for a person's approval.",
            null,
            (snapshot, asOf) =>
            {
                foreach (var decision in Engine.Evaluate(snapshot, asOf).Decisions.Where(d => d.Explanation.Pack == EngineeringPromotionPack.Name))
                {
                    if (decision.Explanation.PackVersion != EngineeringPromotionPack.Version || !decision.RequiresApproval)
                    {
                        PolicyLaws.Fail($"{decision} [rule {decision.Explanation.Rule}] is not an approved-only 1.0.0 decision");
                    }
                }
            });
}
