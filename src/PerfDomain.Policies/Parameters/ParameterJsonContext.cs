using System.Text.Json.Serialization;

namespace PerfDomain.Policies.Parameters;

/// <summary>
/// Source-generated metadata of the parameter file (<see cref="PolicyParameters"/> and its sections): no reflection, no
/// code generated at run time. The options are <see cref="ParameterJson.Options"/>' and the schema's.
/// </summary>
[JsonSerializable(typeof(PolicyParameters))]
internal sealed partial class ParameterJsonContext : JsonSerializerContext;
