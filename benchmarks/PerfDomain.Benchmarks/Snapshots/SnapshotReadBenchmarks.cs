using BenchmarkDotNet.Attributes;
using PerfDomain.Benchmarks.Policies;
using PerfDomain.Snapshots;
using PerfDomain.Snapshots.Json;

namespace PerfDomain.Benchmarks.Snapshots;

/// <summary>
/// Reading a generated organisation's snapshot (indented, as the CLI writes it) from a stream.
/// Baseline: the reader before it streamed (<see cref="WholeDocumentSnapshotReader"/>: the stream
/// copied into memory, the whole document deserialized, then assembled). Measured: the streaming
/// <see cref="SnapshotReader"/>. Both share the assembler and the domain's checks, so the
/// difference is the way of reading.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class SnapshotReadBenchmarks
{
    private byte[] _json = [];

    [Params(1_000, 10_000)]
    public int Employees { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        using var stream = new MemoryStream();
        SnapshotWriter.Write(PolicyBenchmarkSupport.Organisation(Employees), stream);
        _json = stream.ToArray();
        Console.WriteLine($"// {Employees:N0} employees: {_json.Length:N0} bytes of JSON");
        if (!WholeDocument().Equals(Streaming()))
        {
            throw new InvalidOperationException("The two readers disagree.");
        }
    }

    [Benchmark(Baseline = true)]
    public OrganizationSnapshot WholeDocument()
    {
        using var stream = new MemoryStream(_json, writable: false);
        return WholeDocumentSnapshotReader.Read(stream);
    }

    [Benchmark]
    public OrganizationSnapshot Streaming()
    {
        using var stream = new MemoryStream(_json, writable: false);
        return SnapshotReader.Read(stream);
    }
}
