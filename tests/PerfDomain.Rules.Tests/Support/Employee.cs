using NRules.RuleModel;

namespace PerfDomain.Rules.Tests.Support;

/// <summary>A fact with declared identity: two instances with the same id are the same fact.</summary>
public sealed class Employee(int id, string name) : IIdentityProvider
{
    public int Id { get; } = id;

    public string Name { get; set; } = name;

    public object GetIdentity() => Id;

    public override string ToString() => $"Employee({Id}, {Name})";
}
