using Ardalis.GuardClauses;
using PerfDomain.Rules.Fluent.Dsl;

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
    /// <exception cref="ArgumentException">A rule type is not a concrete rule class, or none is given.</exception>
    public PolicyPack(string name, string version, string description, IEnumerable<Type> ruleTypes, IEnumerable<object>? parameters = null)
    {
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

    /// <summary>Makes a pack of every concrete rule class in an assembly that derives from <see cref="Rule"/>.</summary>
    /// <param name="name">The pack's name.</param>
    /// <param name="version">Its version.</param>
    /// <param name="description">What it decides.</param>
    /// <param name="assembly">The assembly to scan.</param>
    /// <param name="parameters">Parameter records its rules match (optional).</param>
    /// <returns>The pack.</returns>
    public static PolicyPack FromAssembly(string name, string version, string description, System.Reflection.Assembly assembly, IEnumerable<object>? parameters = null)
    {
        Guard.Against.Null(assembly);
        var types = assembly.GetTypes().Where(t => typeof(Rule).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null).OrderBy(t => t.FullName, StringComparer.Ordinal);
        return new PolicyPack(name, version, description, types, parameters);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} {Version} ({RuleTypes.Count} rules)";

    /// <summary>Gets the name a rule class is compiled under: its <see cref="NameAttribute"/>, else its full type name (as in NRules).</summary>
    internal static string RuleNameOf(Type ruleType) =>
        ruleType.GetCustomAttributes(typeof(NameAttribute), false).OfType<NameAttribute>().FirstOrDefault()?.Value ?? ruleType.FullName!;
}
