using System.Reflection;
using NRules;
using NRules.RuleModel;
using PerfDomain.Rules.Sessions;

namespace PerfDomain.Rules.Tests.Oracle;

/// <summary>PerfDomain's agenda: the session's private queue, whose activations carry the sequence they were queued with.</summary>
internal sealed class PerfDomainAgendaReader(ISession session) : AgendaReader
{
    private static readonly FieldInfo AgendaField = Field("_agenda");
    private static readonly FieldInfo SequenceField = Field("_nextSequence");

    private readonly Session _session = (Session)session;

    public override long NextOrder => (long)SequenceField.GetValue(_session)! + 1;

    public override IReadOnlyList<AgendaEntry> Pending() =>
        ((Agenda)AgendaField.GetValue(_session)!).ToList().Select(a => new AgendaEntry(a.Rule.Priority, a.Sequence, a)).ToList();

    public override IMatch MatchOf(object activation) => ((ActivationState)activation).CreateMatch();

    private static FieldInfo Field(string name) =>
        typeof(Session).GetField(name, BindingFlags.Instance | BindingFlags.NonPublic)
        ?? throw new MissingFieldException(typeof(Session).FullName, name);
}
