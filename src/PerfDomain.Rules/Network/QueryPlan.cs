using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules.Network;

/// <summary>A query's steps, compiled: per-element filters and projections, an optional aggregation, per-result steps.</summary>
internal sealed class QueryPlan
{
    public List<QueryStage> PreSteps { get; } = [];

    public QueryStepKind? Aggregate { get; set; }

    public LhsValue? GroupKey { get; set; }

    public LhsValue? GroupElement { get; set; }

    public IResultFactory? Factory { get; set; }

    public List<QueryStage> PostSteps { get; } = [];

    public Type ResultType { get; set; } = typeof(object);

    /// <summary>Gets a value indicating whether results are the matched facts themselves (no aggregation, no projection).</summary>
    public bool ResultsAreFacts => Aggregate is null && PreSteps.TrueForAll(s => s.Where is not null);
}

/// <summary>One filter or projection of a query.</summary>
internal sealed record QueryStage(LhsPredicate? Where, LhsValue? Select);
