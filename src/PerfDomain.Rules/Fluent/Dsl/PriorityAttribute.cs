namespace PerfDomain.Rules.Fluent.Dsl;

/// <summary>Sets a rule's priority: a higher value fires first; the default is zero.</summary>
/// <param name="value">The priority.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class PriorityAttribute(int value) : Attribute
{
    /// <summary>Gets the priority.</summary>
    public int Value { get; } = value;
}
