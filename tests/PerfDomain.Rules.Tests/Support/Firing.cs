using NRules.RuleModel;

namespace PerfDomain.Rules.Tests.Support;

/// <summary>One rule firing as RuleFiredEvent reported it: the rule's name and the matched facts, in declaration order.</summary>
public sealed record Firing(string Rule, IReadOnlyList<IFactMatch> Facts);
