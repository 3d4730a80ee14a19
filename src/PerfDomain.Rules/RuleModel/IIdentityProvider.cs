namespace PerfDomain.Rules.RuleModel;

/// <summary>
/// Implemented by a fact that declares its own identity, in the role of NRules' <c>IIdentityProvider</c>.
/// </summary>
/// <remarks>
/// Two facts are the same fact when they are the same reference; otherwise, when both implement this
/// interface, when their identities are equal; otherwise when <see cref="object.Equals(object)"/> says so.
/// The identity must not change while the fact is in a session.
/// </remarks>
public interface IIdentityProvider
{
    /// <summary>Gets the identity of this fact.</summary>
    /// <returns>An object whose <see cref="object.Equals(object)"/> and <see cref="object.GetHashCode"/> define the fact's identity.</returns>
    object GetIdentity();
}
