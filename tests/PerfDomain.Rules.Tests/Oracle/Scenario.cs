namespace PerfDomain.Rules.Tests.Oracle;

public sealed record Scenario(RuleSpec[] Rules, Step[] Steps)
{
    public override string ToString() =>
        $"Rules: {string.Join("; ", Rules.Select((r, i) => $"R{i}={r}"))}{Environment.NewLine}Steps: {string.Join("; ", Steps.Select(s => s.ToString()))}";
}
