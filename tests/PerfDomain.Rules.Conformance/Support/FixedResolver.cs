using NRules.Extensibility;

namespace PerfDomain.Rules.Conformance.Support;

/// <summary>Resolves every request to one service and remembers who asked for what.</summary>
public sealed class FixedResolver(object service) : IDependencyResolver
{
    private readonly List<string> _requests = [];

    public object Service => service;

    public IReadOnlyList<string> Requests => _requests;

    public object Resolve(IResolutionContext context, Type serviceType)
    {
        _requests.Add(context.Rule.Name + ":" + serviceType.Name);
        return service;
    }
}
