using NRules;
using NRules.RuleModel;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Rules;
using PerfDomain.Rules.Diagnostics;
using OurRuleCompiler = PerfDomain.Rules.RuleCompiler;

namespace PerfDomain.Policies.Runtime;

/// <summary>
/// Compiled policy rules on one runtime: sessions, firing within the firing limit, and why-not reports. Both runtimes
/// run the same NRules rule definitions; on NRules' runtime, the firing limit is enforced from outside and why-not is
/// answered by loading the session's facts into PerfDomain.Rules' network of the same rules.
/// </summary>
internal abstract class PolicyRuntime
{
    private PolicyRuntime(IReadOnlyList<IRuleDefinition> rules, int firingLimit)
    {
        Rules = rules;
        FiringLimit = firingLimit;
    }

    public IReadOnlyList<IRuleDefinition> Rules { get; }

    public int FiringLimit { get; }

    public abstract RuleRuntime Kind { get; }

    public static PolicyRuntime Compile(RuleRuntime kind, IReadOnlyList<IRuleDefinition> rules, int firingLimit = SessionOptions.DefaultFiringLimit) => kind switch
    {
        RuleRuntime.PerfDomain => new Ours(rules, firingLimit),
        RuleRuntime.NRules => new Theirs(rules, firingLimit),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown rule runtime."),
    };

    public abstract ISession CreateSession();

    /// <summary>Empties a session of this runtime for another batch, when the runtime can (PerfDomain.Rules can; NRules' sessions cannot).</summary>
    /// <returns><see langword="true"/> if the session is now as new; <see langword="false"/> if the caller needs a new one.</returns>
    public abstract bool TryReset(ISession session);

    /// <summary>Fires to quiescence, or until the token is cancelled.</summary>
    /// <exception cref="FiringLimitExceededException">More than <see cref="FiringLimit"/> rules fired.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled, before or while firing; the session holds the activations not fired.</exception>
    public int Fire(ISession session, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var fired = FireCore(session, cancellationToken);

        // Both runtimes stop quietly between two firings when the token is cancelled.
        cancellationToken.ThrowIfCancellationRequested();
        return fired;
    }

    protected abstract int FireCore(ISession session, CancellationToken cancellationToken);

    public abstract WhyNotReport WhyNot(ISession session, string ruleName);

    private sealed class Ours(IReadOnlyList<IRuleDefinition> rules, int firingLimit) : PolicyRuntime(rules, firingLimit)
    {
        private readonly IRuleSessionFactory _factory = new OurRuleCompiler(new SessionOptions { FiringLimit = firingLimit }).Compile(rules);

        public override RuleRuntime Kind => RuleRuntime.PerfDomain;

        public override ISession CreateSession() => _factory.CreateSession();

        public override bool TryReset(ISession session)
        {
            ((IRuleSession)session).Reset();
            return true;
        }

        protected override int FireCore(ISession session, CancellationToken cancellationToken) => session.Fire(cancellationToken);

        public override WhyNotReport WhyNot(ISession session, string ruleName) => ((IRuleSession)session).WhyNot(ruleName);
    }

    private sealed class Theirs(IReadOnlyList<IRuleDefinition> rules, int firingLimit) : PolicyRuntime(rules, firingLimit)
    {
        private const int RunawaySample = 1000;
        private readonly ISessionFactory _factory = new NRules.RuleCompiler().Compile(rules);
        private readonly Lazy<IRuleSessionFactory> _explainer = new(() => new OurRuleCompiler().Compile(rules));

        public override RuleRuntime Kind => RuleRuntime.NRules;

        public override ISession CreateSession() => _factory.CreateSession();

        public override bool TryReset(ISession session) => false;

        protected override int FireCore(ISession session, CancellationToken cancellationToken)
        {
            var limit = FiringLimit;
            var fired = session.Fire(limit, cancellationToken);
            if (session.Agenda.IsEmpty || cancellationToken.IsCancellationRequested)
            {
                return fired;
            }

            // NRules stops quietly at the limit: fire a sample more to name the rules that keep the chain going.
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            void Count(object? sender, NRules.Diagnostics.AgendaEventArgs e) => counts[e.Rule.Name] = counts.GetValueOrDefault(e.Rule.Name) + 1;
            session.Events.RuleFiredEvent += Count;
            session.Fire(RunawaySample);
            session.Events.RuleFiredEvent -= Count;
            throw new FiringLimitExceededException(limit, counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).Take(10).ToArray());
        }

        public override WhyNotReport WhyNot(ISession session, string ruleName)
        {
            // Why-not reads matches, not firings: the facts as they are now, inserted without firing, give the same matches.
            var replay = _explainer.Value.CreateSession(SessionOptions.Default);
            replay.InsertAll(session.Query<object>().ToList());
            return replay.WhyNot(ruleName);
        }
    }
}
