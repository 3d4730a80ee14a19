using PerfDomain.Rules.Sessions;

namespace PerfDomain.Rules.Network;

/// <summary><c>Having</c>: passes the partial matches that satisfy a condition over their declarations.</summary>
internal sealed class FilterNode(int id, Branch branch, int index, LhsPredicate condition) : BetaNode(id, branch, index)
{
    public LhsPredicate Condition { get; } = condition;

    public override IEnumerable<Token> Outputs(Token input) => input.NodeState is Token child ? [child] : [];

    public override void LeftAssert(Session session, Token token)
    {
        token.NodeState = null;
        if (session.Test(Condition, token, null))
        {
            var child = new Token(token, null);
            token.NodeState = child;
            Child.LeftAssert(session, child);
        }
    }

    public override void LeftModify(Session session, Token token)
    {
        var passes = session.Test(Condition, token, null);
        if (token.NodeState is Token child)
        {
            if (passes)
            {
                Child.LeftModify(session, child);
            }
            else
            {
                token.NodeState = null;
                Child.LeftRetract(session, child);
            }
        }
        else if (passes)
        {
            var created = new Token(token, null);
            token.NodeState = created;
            Child.LeftAssert(session, created);
        }
    }

    public override void LeftRetract(Session session, Token token)
    {
        if (token.NodeState is Token child)
        {
            token.NodeState = null;
            Child.LeftRetract(session, child);
        }
    }
}
