using PerfDomain.Rules.Sessions;

namespace PerfDomain.Rules.Network;

/// <summary>The end of a branch: each complete match supports an activation of the rule.</summary>
internal sealed class TerminalNode(int id, Branch branch, int index) : BetaNode(id, branch, index)
{
    public override IEnumerable<Token> Outputs(Token input) => [input];

    public override void LeftAssert(Session session, Token token) => session.AddSupport(Branch, token);

    public override void LeftModify(Session session, Token token) => session.TouchSupport(token);

    public override void LeftRetract(Session session, Token token) => session.RemoveSupport(token);
}
