namespace PerfDomain.Rules.Fluent.Dsl;

/// <summary>Sets a rule's name; the default is the rule class's full name.</summary>
/// <param name="value">The name.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class NameAttribute(string value) : Attribute
{
    /// <summary>Gets the name.</summary>
    public string Value { get; } = value;
}
