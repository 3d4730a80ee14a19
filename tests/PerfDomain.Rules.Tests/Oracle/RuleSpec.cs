namespace PerfDomain.Rules.Tests.Oracle;

/// <summary>One generated rule: its shape and the small constants its conditions compare with.</summary>
public sealed record RuleSpec(Shape Shape, int T, int K, int Priority, bool Repeatable)
{
    public override string ToString() => $"{Shape}(t={T}, k={K}, p={Priority}, {(Repeatable ? "rep" : "once")})";
}
