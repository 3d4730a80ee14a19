using PerfDomain.Rules.Sessions;

namespace PerfDomain.Rules.Network;

/// <summary><c>Not</c> (passes a partial match when no fact matches) or <c>Exists</c> (when at least one does, once).</summary>
internal sealed class NegationNode(
    int id,
    Branch branch,
    int index,
    Type factType,
    LhsPredicate[] alphaConditions,
    EqualityJoin? join,
    LhsPredicate[] joinConditions,
    bool isExists)
    : JoinLikeNode(id, branch, index, factType, alphaConditions, join, joinConditions)
{
    public bool IsExists { get; } = isExists;

    public override IEnumerable<Token> Outputs(Token input) =>
        input.NodeState is LeftState { Extra: Token child } ? [child] : [];

    protected override void OnLeftAssert(Session session, Token token, LeftState state)
    {
        if (Passes(state))
        {
            Emit(session, token, state);
        }
    }

    protected override void OnLeftModify(Session session, Token token, LeftState state, List<(Fact Fact, Token? Child)> removed, List<Fact> kept, HashSet<Fact> added)
    {
        if (state.Extra is Token child)
        {
            if (Passes(state))
            {
                Child.LeftModify(session, child);
            }
            else
            {
                state.Extra = null;
                Child.LeftRetract(session, child);
            }
        }
        else if (Passes(state))
        {
            Emit(session, token, state);
        }
    }

    protected override void OnLeftRetract(Session session, Token token, LeftState state)
    {
        if (state.Extra is Token child)
        {
            state.Extra = null;
            Child.LeftRetract(session, child);
        }
    }

    protected override void OnMatchAdded(Session session, Token token, LeftState state, Fact fact) => Reconsider(session, token, state);

    protected override void OnMatchRemoved(Session session, Token token, LeftState state, Fact fact, Token? child) => Reconsider(session, token, state);

    protected override void OnMatchModified(Session session, Token token, LeftState state, Fact fact)
    {
    }

    private bool Passes(LeftState state) => IsExists ? state.MatchCount > 0 : state.MatchCount == 0;

    private void Reconsider(Session session, Token token, LeftState state)
    {
        var passes = Passes(state);
        if (passes && state.Extra is null)
        {
            Emit(session, token, state);
        }
        else if (!passes && state.Extra is Token child)
        {
            state.Extra = null;
            Child.LeftRetract(session, child);
        }
    }

    private void Emit(Session session, Token token, LeftState state)
    {
        var child = new Token(token, null);
        state.Extra = child;
        Child.LeftAssert(session, child);
    }
}
