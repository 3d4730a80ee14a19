using System.Text.Json;

namespace PerfDomain.Snapshots.Json;

/// <summary>Reads the value of one member, the reader on its first token, into a document; leaves the reader on the value's last token.</summary>
/// <typeparam name="T">The document.</typeparam>
/// <param name="reader">The reader.</param>
/// <param name="document">The document the value goes into.</param>
internal delegate void MemberReader<in T>(ref Utf8JsonReader reader, T document);
