namespace PerfDomain.Rules.Fluent.Dsl;

/// <summary>Adds a tag to a rule; repeat the attribute for several tags.</summary>
/// <param name="value">The tag.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class TagAttribute(string value) : Attribute
{
    /// <summary>Gets the tag.</summary>
    public string Value { get; } = value;
}
