namespace PerfDomain.Rules.RuleModel;

/// <summary>The kind of a rule action.</summary>
public enum ActionKind
{
    /// <summary>Runs an expression (<c>Do</c>).</summary>
    Do = 0,

    /// <summary>Inserts or updates a linked fact (<c>Yield</c>).</summary>
    Yield = 1,
}
