namespace PerfDomain.Rules.Network;

/// <summary>A node of a branch's chain: receives partial matches from its parent and passes extended ones to its child.</summary>
internal abstract class BetaNode(int id, Branch branch, int index)
{
    public int Id { get; } = id;

    public Branch Branch { get; } = branch;

    /// <summary>Gets the element index of the tokens this node produces.</summary>
    public int Index { get; } = index;

    public BetaNode Child { get; set; } = null!;

    public virtual object? CreateMemory() => null;

    public abstract void LeftAssert(Sessions.Session session, Token token);

    public abstract void LeftModify(Sessions.Session session, Token token);

    public abstract void LeftRetract(Sessions.Session session, Token token);

    /// <summary>Lists the tokens this node produced from the given input token.</summary>
    public abstract IEnumerable<Token> Outputs(Token input);
}
