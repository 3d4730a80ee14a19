namespace PerfDomain.Rules.RuleModel;

/// <summary>The kind of a step of a query.</summary>
public enum QueryStepKind
{
    /// <summary>Keeps the values that satisfy a predicate.</summary>
    Where = 0,

    /// <summary>Projects each value.</summary>
    Select = 1,

    /// <summary>Collects all values into one collection (an empty one when there are none).</summary>
    Collect = 2,

    /// <summary>Groups values by key; produces one non-empty group per key.</summary>
    GroupBy = 3,
}
