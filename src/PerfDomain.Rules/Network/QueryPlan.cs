using PerfDomain.Rules.Compilation;

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

    /// <summary>Gets or sets how a collection is shaped (sorted, a lookup) once collected.</summary>
    public CollectionShape? Shape { get; set; }

    /// <summary>Gets or sets whether a step yields many values per fact (<c>SelectMany</c>): such queries recompute their results in full.</summary>
    public bool HasFlatten { get; set; }

    /// <summary>Gets whether results are recomputed in full on each change rather than per changed fact.</summary>
    public bool FullRecompute => Aggregate == QueryStepKind.Collect || HasFlatten;

    /// <summary>Gets a value indicating whether results are the matched facts themselves (no aggregation, no projection).</summary>
    public bool ResultsAreFacts => Aggregate is null && !HasFlatten && PreSteps.TrueForAll(s => s.Where is not null);
}

/// <summary>One filter or projection of a query.</summary>
internal sealed record QueryStage(LhsPredicate? Where, LhsValue? Select, bool Flatten = false);
