namespace PerfDomain.Cli.Output;

/// <summary>What a fairness report was made from, as its outputs state it.</summary>
/// <param name="Organization">The organisation's name.</param>
/// <param name="Snapshot">The snapshot's file, or the bundled sample's name.</param>
/// <param name="Groups">The groups file, or the bundled sample's name.</param>
/// <param name="Packs">The packs that ran, as <c>name@version, …</c>.</param>
internal sealed record FairnessSource(string Organization, string Snapshot, string Groups, string Packs);
