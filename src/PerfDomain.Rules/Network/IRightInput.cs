namespace PerfDomain.Rules.Network;

/// <summary>A node fed by working-memory facts of a type (its alpha memory).</summary>
internal interface IRightInput
{
    int Id { get; }

    Type FactType { get; }

    void RightAssert(Sessions.Session session, Fact fact);

    void RightModify(Sessions.Session session, Fact fact);

    void RightRetract(Sessions.Session session, Fact fact);
}
