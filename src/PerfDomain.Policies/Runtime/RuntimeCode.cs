namespace PerfDomain.Policies.Runtime;

/// <summary>Why building a policy engine needs what trimming and native AOT take away.</summary>
internal static class RuntimeCode
{
    public const string Message =
        "Building a policy engine compiles its packs' rules (NRules expression trees over the fact types) at run time, on either runtime: it needs dynamic code and the fact types' members, so it does not run under native AOT. DecisionJson, PolicyParameters' JSON and the snapshot and event formats do.";
}
