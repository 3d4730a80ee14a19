namespace PerfDomain.Rules.Fluent.Dsl;

/// <summary>Sets a rule's description.</summary>
/// <param name="value">The description.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class DescriptionAttribute(string value) : Attribute
{
    /// <summary>Gets the description.</summary>
    public string Value { get; } = value;
}
