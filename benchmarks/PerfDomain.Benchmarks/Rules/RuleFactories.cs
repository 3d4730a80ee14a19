using NRules;
using NRules.Fluent;
using NRules.RuleModel;
using PerfDomain.Rules;

namespace PerfDomain.Benchmarks.Rules;

/// <summary>
/// Loads NRules rule classes with NRules' own <see cref="RuleRepository"/> and compiles their definitions on either runtime:
/// PerfDomain.Rules (<see cref="Ours(Type[])"/>) or NRules' own (<see cref="Theirs(Type[])"/>). The rule classes are the
/// same for both; only the compiler differs.
/// </summary>
public static class RuleFactories
{
    /// <summary>Loads rule classes and returns their definitions, in load order.</summary>
    /// <param name="ruleTypes">The rule classes (nested classes included: NRules' <c>From(params Type[])</c> alone skips them).</param>
    /// <returns>The definitions.</returns>
    public static IReadOnlyList<IRuleDefinition> Definitions(params Type[] ruleTypes)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(s => s.Type(ruleTypes).NestedTypes()));
        return repository.GetRuleSets().SelectMany(s => s.Rules).ToList();
    }

    /// <summary>Compiles rule classes on PerfDomain.Rules.</summary>
    /// <param name="ruleTypes">The rule classes.</param>
    /// <returns>The session factory.</returns>
    public static IRuleSessionFactory Ours(params Type[] ruleTypes) => new PerfDomain.Rules.RuleCompiler().Compile(Definitions(ruleTypes));

    /// <summary>Compiles rule classes on NRules' own runtime.</summary>
    /// <param name="ruleTypes">The rule classes.</param>
    /// <returns>The session factory.</returns>
    public static ISessionFactory Theirs(params Type[] ruleTypes) => new global::NRules.RuleCompiler().Compile(Definitions(ruleTypes));
}
