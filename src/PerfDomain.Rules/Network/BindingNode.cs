using PerfDomain.Rules.Sessions;

namespace PerfDomain.Rules.Network;

/// <summary><c>Let</c>: extends each partial match with a computed value (none when the expression throws).</summary>
internal sealed class BindingNode(int id, Branch branch, int index, LhsValue value, Type valueType) : BetaNode(id, branch, index)
{
    public LhsValue Value { get; } = value;

    public override IEnumerable<Token> Outputs(Token input) => input.NodeState is Token child ? [child] : [];

    public override void LeftAssert(Session session, Token token)
    {
        token.NodeState = null;
        if (session.Compute(Value, token, null, out var result))
        {
            var child = new Token(token, session.NewSyntheticFact(result, valueType, 0));
            token.NodeState = child;
            Child.LeftAssert(session, child);
        }
    }

    public override void LeftModify(Session session, Token token)
    {
        var ok = session.Compute(Value, token, null, out var result);
        if (token.NodeState is Token child)
        {
            if (ok)
            {
                child.Fact!.Value = result;
                child.Fact.UpdatedOp = session.Op;
                Child.LeftModify(session, child);
            }
            else
            {
                token.NodeState = null;
                Child.LeftRetract(session, child);
            }
        }
        else if (ok)
        {
            var created = new Token(token, session.NewSyntheticFact(result, valueType, 0));
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
