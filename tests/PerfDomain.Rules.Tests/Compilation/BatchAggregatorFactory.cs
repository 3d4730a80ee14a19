using NRules.Aggregators;
using NRules.RuleModel;

namespace PerfDomain.Rules.Tests.Compilation;

/// <summary>A custom aggregator's factory: what PerfDomain's compiler cannot run, so it only needs to exist.</summary>
public sealed class BatchAggregatorFactory : IAggregatorFactory
{
    public void Compile(AggregateElement element, IReadOnlyCollection<IAggregateExpression> compiledExpressions) =>
        throw new NotSupportedException("Never compiled: the test only checks that PerfDomain refuses it.");

    public IAggregator Create(AggregationContext context) => throw new NotSupportedException("Never created.");
}
