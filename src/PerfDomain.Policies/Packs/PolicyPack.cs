using Ardalis.GuardClauses;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace PerfDomain.Policies.Packs;

/// <summary>A named, versioned set of policy rules.</summary>
/// <remarks>Immutable and thread-safe. Built-in packs are in <c>PolicyPacks</c>.</remarks>
public sealed class PolicyPack
{
    /// <summary>Initialises a pack.</summary>
    /// <param name="name">The pack's name, such as <c>promotion-readiness-engineering</c>.</param>
    /// <param name="version">Its version, such as <c>1.2.0</c>.</param>
    /// <param name="description">What it decides.</param>
    /// <param name="ruleTypes">Its rule classes: each derives from <see cref="Rule"/> (usually <see cref="PolicyRule"/>) and has a parameterless constructor.</param>
    /// <param name="parameters">Parameter records its rules match, inserted as facts into every evaluation (optional).</param>
    /// <param name="joinsAcrossEmployees">
    /// Whether a rule of the pack joins facts about different employees (see <see cref="JoinsAcrossEmployees"/>); when
    /// in doubt, leave it <see langword="true"/>.
    /// </param>
    /// <exception cref="ArgumentException">A rule type is not a concrete rule class, or none is given.</exception>
    public PolicyPack(string name, string version, string description, IEnumerable<Type> ruleTypes, IEnumerable<object>? parameters = null, bool joinsAcrossEmployees = true)
    {
        JoinsAcrossEmployees = joinsAcrossEmployees;
        Name = Guard.Against.NullOrWhiteSpace(name);
        Version = Guard.Against.NullOrWhiteSpace(version);
        Description = Guard.Against.NullOrWhiteSpace(description);
        RuleTypes = Guard.Against.Null(ruleTypes).ToList().AsReadOnly();
        if (RuleTypes.Count == 0)
        {
            throw new ArgumentException($"Pack '{name}' has no rules.", nameof(ruleTypes));
        }

        foreach (var type in RuleTypes)
        {
            if (type is null || !typeof(Rule).IsAssignableFrom(type) || type.IsAbstract)
            {
                throw new ArgumentException($"Pack '{name}' lists '{type?.FullName ?? "null"}', which is not a concrete rule class.", nameof(ruleTypes));
            }
        }

        Parameters = (parameters ?? []).ToList().AsReadOnly();
        _definitions = new Lazy<IReadOnlyList<IRuleDefinition>>(LoadListed);
    }

    /// <summary>Gets the pack's name.</summary>
    public string Name { get; }

    /// <summary>Gets the pack's version.</summary>
    public string Version { get; }

    /// <summary>Gets what the pack decides.</summary>
    public string Description { get; }

    /// <summary>Gets the pack's rule classes.</summary>
    public IReadOnlyList<Type> RuleTypes { get; }

    /// <summary>Gets the extra parameter records the pack's rules match (the built-in packs take theirs from <see cref="Parameters.PolicyParameters"/>).</summary>
    public IReadOnlyList<object> Parameters { get; }

    /// <summary>
    /// Gets whether a rule of the pack joins facts about different employees. When no pack of an engine does, a large
    /// batch is evaluated in independent slices of employees, on several cores (see <c>docs/performance.md</c>).
    /// </summary>
    /// <remarks>
    /// A pack keeps to one employee when every join between two facts relates facts about the same employee — where a
    /// <c>Manager</c> and a <c>ManagerRating</c> fact are about the manager, and a <c>KeyResult</c> about its owner — and
    /// facts about no one (the date, cycles, parameter records) may join anything. The built-in packs keep to one
    /// employee: their team rules read the <c>Manager</c> and <c>ManagerRating</c> facts the projection makes for that
    /// purpose. A rule comparing an employee with their manager's own <c>Employee</c> fact joins across employees.
    /// </remarks>
    public bool JoinsAcrossEmployees { get; }

    /// <summary>Gets the pack's rules as NRules loads them (<c>RuleRepository</c>), in the order of <see cref="RuleTypes"/>.</summary>
    /// <exception cref="RuleDefinitionException">A rule class's <c>Define</c> is not a valid rule.</exception>
    public IReadOnlyList<IRuleDefinition> Rules => _definitions.Value;

    private readonly Lazy<IReadOnlyList<IRuleDefinition>> _definitions;

    /// <summary>Makes a pack of every public rule class NRules' <c>RuleRepository</c> finds in an assembly.</summary>
    /// <param name="name">The pack's name.</param>
    /// <param name="version">Its version.</param>
    /// <param name="description">What it decides.</param>
    /// <param name="assembly">The assembly to scan.</param>
    /// <param name="parameters">Parameter records its rules match (optional).</param>
    /// <param name="joinsAcrossEmployees">Whether a rule of the pack joins facts about different employees (see <see cref="JoinsAcrossEmployees"/>).</param>
    /// <returns>The pack.</returns>
    /// <exception cref="ArgumentException">The assembly has no public rule classes.</exception>
    public static PolicyPack FromAssembly(string name, string version, string description, System.Reflection.Assembly assembly, IEnumerable<object>? parameters = null, bool joinsAcrossEmployees = true)
    {
        Guard.Against.Null(assembly);
        // NRules' scan of the assembly (public rule classes with a parameterless constructor), in a stable order.
        var types = Load(x => x.From(assembly)).Select(TypeOf).OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();
        if (types.Count == 0)
        {
            throw new ArgumentException($"Assembly '{assembly.GetName().Name}' has no public rule classes.", nameof(assembly));
        }

        return new PolicyPack(name, version, description, types, parameters, joinsAcrossEmployees);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} {Version} ({RuleTypes.Count} rules)";

    /// <summary>Gets the name a rule class is compiled under: its <see cref="NameAttribute"/>, else its full type name (as in NRules).</summary>
    /// <summary>Gets the rule class a definition was loaded from (NRules.Fluent records it in the definition's properties).</summary>
    internal static Type TypeOf(IRuleDefinition rule) =>
        (rule.Properties.TryGetProperty(RuleProperties.ClrType, out var property) ? property.Value as Type : null)
        ?? throw new ArgumentException($"Rule '{rule.Name}' was not loaded from a rule class.", nameof(rule));

    // The author listed these classes: load them whatever their visibility (NRules' scanner skips non-public and
    // nested classes silently, which would drop a listed rule without a word).
    private IReadOnlyList<IRuleDefinition> LoadListed()
    {
        var types = RuleTypes.ToArray();
        var rules = Load(x => x.From(s => s.Type(types).PrivateTypes().NestedTypes()));
        var missing = RuleTypes.Except(rules.Select(TypeOf)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"Pack '{Name}': NRules loads no rule from {string.Join(", ", missing.Select(t => $"'{t.FullName}'"))}.");
        }

        return rules;
    }

    private static IReadOnlyList<IRuleDefinition> Load(Action<IRuleLoadSpec> spec)
    {
        var repository = new RuleRepository();
        repository.Load(spec);
        return repository.GetRules().ToList().AsReadOnly();
    }
}
