namespace PerfDomain.Rules.Compilation;

/// <summary>The kind of a step of a query.</summary>
internal enum QueryStepKind
{
    /// <summary>Keeps the values that satisfy a predicate.</summary>
    Where = 0,

    /// <summary>Projects each value.</summary>
    Select = 1,

    /// <summary>Collects all values into one collection (an empty one when there are none).</summary>
    Collect = 2,

    /// <summary>Groups values by key; produces one non-empty group per key.</summary>
    GroupBy = 3,

    /// <summary>Replaces each value by the values of a sequence it yields (<c>SelectMany</c>).</summary>
    Flatten = 4,
}
