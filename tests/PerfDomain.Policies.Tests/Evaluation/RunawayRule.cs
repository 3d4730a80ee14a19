using NRules.Fluent.Dsl;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Packs;

namespace PerfDomain.Policies.Tests.Evaluation;

/// <summary>A counter the runaway pack inserts as its parameter record, which its rule bumps forever.</summary>
internal sealed class RunawayCounter
{
    public int Value { get; set; }
}

/// <summary>A broken custom rule: every firing updates the fact it matched, so it fires again, and again. Internal, so that
/// <c>PolicyPack.FromAssembly</c> over this assembly does not pick it up.</summary>
[Name(RuleName)]
[Tag("runaway")]
internal sealed class RunawayRule : PolicyRule
{
    public const string RuleName = "custom.runaway";

    public const string PackId = "runaway-pack";

    public override string PackName => PackId;

    public override string PackVersion => "0.0.1";

    public override void Define()
    {
        EvaluationDate today = null!;
        RunawayCounter counter = null!;

        When()
            .Match(() => today)
            .Match(() => counter);

        Then()
            .Do(ctx => Bump(ctx, counter));
    }

    private static void Bump(NRules.RuleModel.IContext context, RunawayCounter counter)
    {
        counter.Value++;
        context.Update(counter);
    }

    /// <summary>The pack of this one rule, with its counter (the hosting tests register it).</summary>
    public static PolicyPack Pack() => new(PackId, "0.0.1", "A rule that never stops.", [typeof(RunawayRule)], [new RunawayCounter()]);
}
