using PerfDomain.Rules.Fluent.Dsl;
using PerfDomain.Rules.RuleModel;
using PerfDomain.Rules.Sessions;

namespace PerfDomain.Rules.Fluent;

/// <summary>Loads rule classes into rule sets and compiles them into a session factory.</summary>
/// <remarks>Not thread-safe while loading; the compiled <see cref="ISessionFactory"/> is.</remarks>
public sealed class RuleRepository
{
    /// <summary>The name of the rule set rules load into unless <see cref="IRuleLoadSpec.To"/> says otherwise.</summary>
    public const string DefaultRuleSetName = "default";

    private readonly List<RuleSet> _ruleSets = [];

    /// <summary>Loads rules.</summary>
    /// <param name="specAction">Says which rules to load, as <c>x =&gt; x.From(assembly).Where(r =&gt; r.IsTagged("hr")).To("hr")</c>.</param>
    /// <exception cref="RuleDefinitionException">A rule class could not be instantiated or its <c>Define()</c> failed.</exception>
    public void Load(Action<IRuleLoadSpec> specAction)
    {
        ArgumentNullException.ThrowIfNull(specAction);
        var spec = new RuleLoadSpec();
        specAction(spec);
        var ruleSet = _ruleSets.Find(s => s.Name == spec.RuleSetName);
        if (ruleSet is null)
        {
            ruleSet = new RuleSet(spec.RuleSetName);
            _ruleSets.Add(ruleSet);
        }

        foreach (var metadata in spec.Select())
        {
            ruleSet.RuleList.Add(Build(metadata.RuleType));
        }
    }

    /// <summary>Gets the loaded rule sets.</summary>
    /// <returns>The rule sets, in the order they were first loaded into.</returns>
    public IReadOnlyList<IRuleSet> GetRuleSets() => _ruleSets;

    /// <summary>Compiles every loaded rule into a session factory.</summary>
    /// <returns>The factory: immutable and thread-safe.</returns>
    /// <exception cref="RuleDefinitionException">Two rules have the same name, or a rule cannot be compiled.</exception>
    public ISessionFactory Compile() => new SessionFactory(_ruleSets.SelectMany(s => s.Rules).ToArray());

    /// <summary>Compiles the rules of the named rule sets into a session factory.</summary>
    /// <param name="ruleSetNames">The rule sets' names.</param>
    /// <returns>The factory: immutable and thread-safe.</returns>
    /// <exception cref="RuleDefinitionException">Two rules have the same name, or a rule cannot be compiled.</exception>
    public ISessionFactory Compile(params string[] ruleSetNames)
    {
        ArgumentNullException.ThrowIfNull(ruleSetNames);
        return new SessionFactory(_ruleSets.Where(s => ruleSetNames.Contains(s.Name)).SelectMany(s => s.Rules).ToArray());
    }

    private static IRuleDefinition Build(Type ruleType)
    {
        Rule rule;
        try
        {
            rule = (Rule)Activator.CreateInstance(ruleType, nonPublic: true)!;
        }
        catch (Exception ex) when (ex is MissingMethodException or System.Reflection.TargetInvocationException or MemberAccessException)
        {
            throw new RuleDefinitionException($"Cannot create rule '{ruleType.FullName}': it needs a parameterless constructor that does not throw.", ruleType, ex);
        }

        try
        {
            return rule.BuildDefinition();
        }
        catch (RuleDefinitionException ex) when (ex.RuleType is null)
        {
            throw new RuleDefinitionException($"Rule '{ruleType.FullName}': {ex.Message}", ruleType, ex);
        }
        catch (Exception ex) when (ex is not RuleDefinitionException)
        {
            throw new RuleDefinitionException($"Rule '{ruleType.FullName}' failed in Define(): {ex.Message}", ruleType, ex);
        }
    }
}
