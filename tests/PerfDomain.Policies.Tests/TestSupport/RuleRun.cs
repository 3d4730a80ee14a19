using NRules;

namespace PerfDomain.Policies.Tests.TestSupport;

/// <summary>A session whose rules have fired, on the runtime under test.</summary>
internal sealed record RuleRun(ISession Session);
