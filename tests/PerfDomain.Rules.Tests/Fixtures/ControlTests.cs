using NRules;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Rules.Tests.Support;

namespace PerfDomain.Rules.Tests.Fixtures;

public class ControlTests
{
    [Fact]
    public void Halt_StopsAfterCurrentRule()
    {
        var harness = new RuleHarness(typeof(HaltingRule));
        harness.Session.InsertAll([new Customer("A"), new Customer("B")]);

        Assert.Equal(1, harness.Session.Fire());
        Assert.Equal(1, harness.Session.Fire());
        Assert.Equal(0, harness.Session.Fire());
    }

    [Fact]
    public void Fire_Cancelled_StopsBeforeNextRuleWithoutThrowing()
    {
        using var cts = new CancellationTokenSource();
        var harness = new RuleHarness(typeof(CancellingRule));
        harness.Session.InsertAll([new Customer("A"), new Customer("B"), new Customer("C")]);
        CancellingRule.Source = cts;

        Assert.Equal(1, harness.Session.Fire(cts.Token));
        Assert.Equal(2, harness.Session.Fire());
    }

    [Fact]
    public void Fire_AlreadyCancelled_StillFiresOneRule()
    {
        var harness = new RuleHarness(typeof(CustomerRule));
        harness.Session.InsertAll([new Customer("A"), new Customer("B")]);

        // As NRules: the token is checked after each firing, not before the first.
        Assert.Equal(1, harness.Session.Fire(new CancellationToken(canceled: true)));
        Assert.Equal(1, harness.Session.Fire());
    }

    [Fact]
    public void Fire_RunawayChain_ThrowsNamingTheRules()
    {
        var harness = new RuleHarness(new SessionOptions { FiringLimit = 50 }, typeof(PingRule), typeof(PongRule));
        harness.Session.Insert(new Counter("ping"));

        var error = Assert.Throws<FiringLimitExceededException>(() => harness.Session.Fire());
        Assert.Equal(50, error.Limit);
        Assert.Equal([typeof(PingRule).FullName!, typeof(PongRule).FullName!], error.RuleNames.Order(StringComparer.Ordinal).ToArray());
        Assert.Contains(typeof(PingRule).FullName!, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FiringLimit_DefaultIsGenerousButFinite()
    {
        var harness = new RuleHarness(typeof(PingRule));

        Assert.Equal(SessionOptions.DefaultFiringLimit, harness.Session.FiringLimit);
        Assert.Equal(1_000_000, SessionOptions.DefaultFiringLimit);
    }

    [Fact]
    public void FiringLimit_SetOnSession_Applies()
    {
        var harness = new RuleHarness(typeof(PingRule), typeof(PongRule));
        harness.Session.FiringLimit = 10;
        harness.Session.Insert(new Counter("ping"));

        Assert.Equal(10, Assert.Throws<FiringLimitExceededException>(() => harness.Session.Fire()).Limit);
    }

    [Fact]
    public void FiringLimit_NotPositive_Throws()
    {
        var harness = new RuleHarness(typeof(PingRule));

        Assert.Throws<ArgumentOutOfRangeException>(() => harness.Session.FiringLimit = 0);
        Assert.Equal(SessionOptions.DefaultFiringLimit, harness.Session.FiringLimit);
    }

    [Fact]
    public void Fire_FromAnAction_Throws()
    {
        var harness = new RuleHarness(typeof(ReentrantRule));
        ReentrantRule.Session = harness.Session;
        harness.Session.Insert(new Customer("A"));

        var error = Assert.Throws<RuleRhsExpressionEvaluationException>(() => harness.Session.Fire());
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    public class ReentrantRule : Rule
    {
        public static ISession? Session { get; set; }

        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(_ => Session!.Fire());
        }
    }

    public class CustomerRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(_ => customer.ToString());
        }
    }

    public class HaltingRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(ctx => ctx.Halt());
        }
    }

    public class CancellingRule : Rule
    {
        public static CancellationTokenSource? Source { get; set; }

        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(_ => Source!.Cancel());
        }
    }

    public class PingRule : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter, c => c.Name == "ping");
            Then().Do(ctx => Flip(ctx, counter, "pong"));
        }

        internal static void Flip(IContext ctx, Counter counter, string next)
        {
            ctx.Retract(counter);
            ctx.Insert(new Counter(next) { Value = counter.Value + 1 });
        }
    }

    public class PongRule : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter, c => c.Name == "pong");
            Then().Do(ctx => PingRule.Flip(ctx, counter, "ping"));
        }
    }
}
