namespace PerfDomain.Rules;

/// <summary>A working-memory operation.</summary>
public enum FactOperation
{
    /// <summary>Insert.</summary>
    Insert = 0,

    /// <summary>Update.</summary>
    Update = 1,

    /// <summary>Retract.</summary>
    Retract = 2,
}
