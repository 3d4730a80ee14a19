namespace PerfDomain.Rules.Tests.Support;

/// <summary>A fact with value equality.</summary>
public sealed record Tag(string Value);
