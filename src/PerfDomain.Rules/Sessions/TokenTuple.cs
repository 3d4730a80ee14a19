using NRules.RuleModel;
using PerfDomain.Rules.Network;

namespace PerfDomain.Rules.Sessions;

/// <summary>A partial match as NRules' expression events report it: its facts, first to last.</summary>
internal sealed class TokenTuple(Token? token) : ITuple
{
    public IEnumerable<IFact> Facts
    {
        get
        {
            var facts = new List<IFact>();
            for (var t = token; t is not null && t.Index >= 0; t = t.Parent)
            {
                if (t.Fact is { } fact)
                {
                    facts.Add(fact);
                }
            }

            facts.Reverse();
            return facts;
        }
    }

    public int Count => Facts.Count();
}
