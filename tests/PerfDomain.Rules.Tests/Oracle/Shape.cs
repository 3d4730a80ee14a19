namespace PerfDomain.Rules.Tests.Oracle;

/// <summary>The rule shapes the oracle generates; <see cref="DynamicRule"/> holds what each one is.</summary>
public enum Shape
{
    Single,
    Join,
    JoinFilter,
    Not,
    Exists,
    Collect,
    SortedCollect,
    GroupBy,
    Or,
    OrExists,
    All,
    AllFirst,
    Select,
    LetHaving,
    FilterWhere,
    OnChange,
    Undo,
    Yield,
    YieldUpdate,
    JoinC,
    NotC,
}
