namespace PerfDomain.Rules.RuleModel;

/// <summary>Whether a rule fires again for a match whose facts were updated.</summary>
public enum RuleRepeatability
{
    /// <summary>The rule fires again each time a fact of an already fired match is updated (the default).</summary>
    Repeatable = 0,

    /// <summary>The rule fires once per match; updates of the matched facts do not make it fire again.</summary>
    NonRepeatable = 1,
}
