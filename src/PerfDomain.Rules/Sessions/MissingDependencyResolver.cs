using NRules.Extensibility;

namespace PerfDomain.Rules.Sessions;

/// <summary>The resolver of a session nobody gave one: a rule that needs a dependency fails, as in NRules.</summary>
internal sealed class MissingDependencyResolver : IDependencyResolver
{
    public static MissingDependencyResolver Instance { get; } = new();

    public object Resolve(IResolutionContext context, Type serviceType) =>
        throw new InvalidOperationException(
            $"Rule '{context.Rule.Name}' needs a {serviceType.Name}, and no dependency resolver was provided. Set DependencyResolver on the session or its factory.");
}
