namespace PerfDomain.Rules.RuleModel;

/// <summary>A fact in working memory, or a value produced by the network (a query result or a binding).</summary>
public interface IFact
{
    /// <summary>Gets the fact's type.</summary>
    Type Type { get; }

    /// <summary>Gets the fact's current value.</summary>
    object? Value { get; }
}
