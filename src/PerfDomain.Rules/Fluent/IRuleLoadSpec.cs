using System.Reflection;

namespace PerfDomain.Rules.Fluent;

/// <summary>Says which rule classes <see cref="RuleRepository.Load"/> loads, and into which rule set.</summary>
public interface IRuleLoadSpec
{
    /// <summary>Loads the public, non-abstract rule classes of assemblies (ordered by full name within each assembly).</summary>
    /// <param name="assemblies">The assemblies.</param>
    /// <returns>This spec.</returns>
    IRuleLoadSpec From(params Assembly[] assemblies);

    /// <summary>Loads the public, non-abstract rule classes of assemblies (ordered by full name within each assembly).</summary>
    /// <param name="assemblies">The assemblies.</param>
    /// <returns>This spec.</returns>
    IRuleLoadSpec From(IEnumerable<Assembly> assemblies);

    /// <summary>Loads rule classes, in the given order; types that are not concrete rule classes are skipped.</summary>
    /// <param name="types">The types.</param>
    /// <returns>This spec.</returns>
    IRuleLoadSpec From(params Type[] types);

    /// <summary>Loads rule classes, in the given order; types that are not concrete rule classes are skipped.</summary>
    /// <param name="types">The types.</param>
    /// <returns>This spec.</returns>
    IRuleLoadSpec From(IEnumerable<Type> types);

    /// <summary>Loads only the rules whose metadata satisfies a predicate (for example a tag).</summary>
    /// <param name="filter">The predicate.</param>
    /// <returns>This spec.</returns>
    IRuleLoadSpec Where(Func<IRuleMetadata, bool> filter);

    /// <summary>Loads the rules into the named rule set (the default set is <c>"default"</c>).</summary>
    /// <param name="ruleSetName">The rule set's name.</param>
    /// <returns>This spec.</returns>
    IRuleLoadSpec To(string ruleSetName);
}
