using NRules;
using NRules.RuleModel;

namespace PerfDomain.Rules.Conformance;

/// <summary>A rules runtime under test: turns rule definitions into an <see cref="ISessionFactory"/>.</summary>
public abstract class RuntimeFixture
{
    public abstract ISessionFactory Compile(IEnumerable<IRuleDefinition> rules);
}

/// <summary>NRules' own runtime, the reference every expectation of this suite was taken from.</summary>
public sealed class NRulesRuntime : RuntimeFixture
{
    public override ISessionFactory Compile(IEnumerable<IRuleDefinition> rules) => new NRules.RuleCompiler().Compile(rules);
}

/// <summary>PerfDomain's runtime: the same rule definitions, compiled by <see cref="PerfDomain.Rules.RuleCompiler"/>.</summary>
public sealed class PerfDomainRuntime : RuntimeFixture
{
    public override ISessionFactory Compile(IEnumerable<IRuleDefinition> rules) => new PerfDomain.Rules.RuleCompiler().Compile(rules);
}
