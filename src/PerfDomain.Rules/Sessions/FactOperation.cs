namespace PerfDomain.Rules.Sessions;

/// <summary>A working-memory operation.</summary>
internal enum FactOperation
{
    /// <summary>Insert.</summary>
    Insert = 0,

    /// <summary>Update.</summary>
    Update = 1,

    /// <summary>Retract.</summary>
    Retract = 2,
}
