namespace PerfDomain.Rules.Compilation;

/// <summary>Base class of the elements of a rule's left-hand side.</summary>
/// <remarks>Rule elements are immutable data: they can be listed, inspected and printed.</remarks>
internal abstract class RuleElement
{
    private protected RuleElement()
    {
    }
}
