using PerfDomain.Rules.RuleModel;
using PerfDomain.Rules.Sessions;

namespace PerfDomain.Rules;

/// <summary>Compiles rule definitions from any front end (the fluent DSL, or <see cref="Element"/>) into a session factory.</summary>
/// <remarks>Thread-safe.</remarks>
public static class RuleCompiler
{
    /// <summary>Compiles rules.</summary>
    /// <param name="rules">The rules, in the order that breaks agenda ties.</param>
    /// <returns>The factory: immutable and thread-safe.</returns>
    /// <exception cref="RuleDefinitionException">Two rules have the same name, or a rule cannot be compiled.</exception>
    public static ISessionFactory Compile(IEnumerable<IRuleDefinition> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new SessionFactory(rules.ToArray());
    }
}
