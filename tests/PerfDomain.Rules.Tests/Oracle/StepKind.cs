namespace PerfDomain.Rules.Tests.Oracle;

public enum StepKind
{
    Insert,
    InsertAll,
    Update,
    UpdateAll,
    Retract,
    Fire,
}
