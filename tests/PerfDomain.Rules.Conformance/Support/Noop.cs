namespace PerfDomain.Rules.Conformance.Support;

/// <summary>An action for rules whose test only looks at what matched (a rule without actions never fires).</summary>
public static class Noop
{
    public static void Touch(object? value) => GC.KeepAlive(value);
}
