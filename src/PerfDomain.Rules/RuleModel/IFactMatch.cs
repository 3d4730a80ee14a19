namespace PerfDomain.Rules.RuleModel;

/// <summary>A value of a match, with the declaration it is bound to.</summary>
public interface IFactMatch : IFact
{
    /// <summary>Gets the declaration the value is bound to.</summary>
    Declaration Declaration { get; }
}
