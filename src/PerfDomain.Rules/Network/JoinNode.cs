using PerfDomain.Rules.Sessions;

namespace PerfDomain.Rules.Network;

/// <summary>A pattern: extends each partial match with each fact that matches it.</summary>
internal sealed class JoinNode(
    int id,
    Branch branch,
    int index,
    Type factType,
    LhsPredicate[] alphaConditions,
    EqualityJoin? join,
    LhsPredicate[] joinConditions)
    : JoinLikeNode(id, branch, index, factType, alphaConditions, join, joinConditions)
{
    public override IEnumerable<Token> Outputs(Token input) =>
        input.NodeState is LeftState { MatchCount: > 0 } state ? state.Matches.Values.OfType<Token>() : [];

    protected override void OnLeftAssert(Session session, Token token, LeftState state)
    {
        if (state.MatchCount == 0)
        {
            return;
        }

        foreach (var fact in state.Matches.Keys.ToArray())
        {
            Emit(session, token, state, fact);
        }
    }

    protected override void OnLeftModify(Session session, Token token, LeftState state, List<(Fact Fact, Token? Child)> removed, List<Fact> kept, HashSet<Fact> added)
    {
        foreach (var (_, child) in removed)
        {
            Child.LeftRetract(session, child!);
        }

        foreach (var fact in kept)
        {
            Child.LeftModify(session, state.Matches[fact]!);
        }

        foreach (var fact in added)
        {
            Emit(session, token, state, fact);
        }
    }

    protected override void OnLeftRetract(Session session, Token token, LeftState state)
    {
        if (state.MatchCount == 0)
        {
            return;
        }

        foreach (var child in state.Matches.Values)
        {
            Child.LeftRetract(session, child!);
        }
    }

    protected override void OnMatchAdded(Session session, Token token, LeftState state, Fact fact) =>
        Emit(session, token, state, fact);

    protected override void OnMatchRemoved(Session session, Token token, LeftState state, Fact fact, Token? child) =>
        Child.LeftRetract(session, child!);

    protected override void OnMatchModified(Session session, Token token, LeftState state, Fact fact) =>
        Child.LeftModify(session, state.Matches[fact]!);

    private void Emit(Session session, Token token, LeftState state, Fact fact)
    {
        var child = new Token(token, fact);
        state.Matches[fact] = child;
        Child.LeftAssert(session, child);
    }
}
