using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules.Fluent;

/// <summary>A rule class's metadata, read from its attributes before the rule is built.</summary>
public interface IRuleMetadata
{
    /// <summary>Gets the rule class.</summary>
    Type RuleType { get; }

    /// <summary>Gets the rule's name.</summary>
    string Name { get; }

    /// <summary>Gets the description, or an empty string.</summary>
    string Description { get; }

    /// <summary>Gets the priority.</summary>
    int Priority { get; }

    /// <summary>Gets the repeatability.</summary>
    RuleRepeatability Repeatability { get; }

    /// <summary>Gets the tags.</summary>
    IReadOnlyList<string> Tags { get; }

    /// <summary>Tells whether the rule has a tag (ordinal comparison).</summary>
    /// <param name="tag">The tag.</param>
    /// <returns><see langword="true"/> when tagged.</returns>
    bool IsTagged(string tag);
}
