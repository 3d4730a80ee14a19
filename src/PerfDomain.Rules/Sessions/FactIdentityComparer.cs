using NRules.RuleModel;

namespace PerfDomain.Rules.Sessions;

/// <summary>Fact identity as NRules: the same reference; else both declare an identity and the identities are equal; else <see cref="object.Equals(object)"/>.</summary>
internal sealed class FactIdentityComparer : IEqualityComparer<object>
{
    public static FactIdentityComparer Instance { get; } = new();

    public new bool Equals(object? x, object? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null)
        {
            return false;
        }

        if (x is IIdentityProvider xi && y is IIdentityProvider yi)
        {
            return Equals(xi.GetIdentity(), yi.GetIdentity());
        }

        return x.Equals(y);
    }

    public int GetHashCode(object obj) =>
        obj is IIdentityProvider provider ? provider.GetIdentity().GetHashCode() : obj.GetHashCode();
}
