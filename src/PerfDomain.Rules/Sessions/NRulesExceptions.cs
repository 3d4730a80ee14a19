using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using NRules;

namespace PerfDomain.Rules.Sessions;

/// <summary>
/// NRules' own exception types, so that code catching them works on either runtime. Their constructors are internal
/// (NRules 1.0.4), so they are called by reflection; a test pins each signature.
/// </summary>
internal static class NRulesExceptions
{
    public static RuleCompilationException Compilation(string message, string ruleName, Exception inner) =>
        Create<RuleCompilationException>([typeof(string), typeof(string), typeof(Exception)], [message, ruleName, inner]);

    public static RuleLhsExpressionEvaluationException Lhs(string message, string expression, Exception inner) =>
        Create<RuleLhsExpressionEvaluationException>([typeof(string), typeof(string), typeof(Exception)], [message, expression, inner]);

    public static RuleRhsExpressionEvaluationException Rhs(string message, string ruleName, string expression, Exception inner) =>
        Create<RuleRhsExpressionEvaluationException>([typeof(string), typeof(string), typeof(string), typeof(Exception)], [message, ruleName, expression, inner]);

    public static AgendaExpressionEvaluationException Agenda(string message, string ruleName, string expression, Exception inner) =>
        Create<AgendaExpressionEvaluationException>([typeof(string), typeof(string), typeof(string), typeof(Exception)], [message, ruleName, expression, inner]);

    private static T Create<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.NonPublicConstructors)] T>(Type[] signature, object[] arguments)
        where T : Exception
    {
        var constructor = typeof(T).GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public, signature)
            ?? throw new MissingMethodException($"{typeof(T).FullName} has no constructor ({string.Join(", ", signature.Select(t => t.Name))}); PerfDomain.Rules expects NRules 1.0.4.");
        return (T)constructor.Invoke(arguments);
    }
}
