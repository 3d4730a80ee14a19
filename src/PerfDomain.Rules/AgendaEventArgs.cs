using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules;

/// <summary>Data of an agenda event: the rule and the facts of its match.</summary>
public sealed class AgendaEventArgs : EventArgs
{
    /// <summary>Initializes a new instance of the <see cref="AgendaEventArgs"/> class.</summary>
    /// <param name="match">The match.</param>
    public AgendaEventArgs(IMatch match) => Match = match;

    /// <summary>Gets the match.</summary>
    public IMatch Match { get; }

    /// <summary>Gets the rule.</summary>
    public IRuleDefinition Rule => Match.Rule;

    /// <summary>Gets the facts of the match.</summary>
    public IReadOnlyList<IFactMatch> Facts => Match.Facts;
}
