using System.Text;
using BenchmarkDotNet.Attributes;
using PerfDomain.Snapshots;
using PerfDomain.Snapshots.Json;

namespace PerfDomain.Benchmarks.Snapshots;

/// <summary>
/// Reading a hostile snapshot: a valid header, then megabytes of empty employees (<c>{},{},…</c>),
/// produced as they are read. Both readers refuse it at <c>$.employees[0].id</c>; the baseline
/// (<see cref="WholeDocumentSnapshotReader"/>) only after reading and deserializing all of it, the
/// streaming reader after its first buffer.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class HostileSnapshotReadBenchmarks
{
    private const string Header = "{\"schemaVersion\":1,\"organization\":{\"name\":\"Hostile\"},\"orgUnits\":[],\"employees\":[";

    [Params(20)]
    public int Megabytes { get; set; }

    [Benchmark(Baseline = true)]
    public string WholeDocument() => Refusal(WholeDocumentSnapshotReader.Read);

    [Benchmark]
    public string Streaming() => Refusal(SnapshotReader.Read);

    private string Refusal(Func<Stream, OrganizationSnapshot> read)
    {
        using var stream = new EmptyObjectsStream(Header, Megabytes * 1_000_000L / 3);
        try
        {
            read(stream);
        }
        catch (InvalidSnapshotException ex) when (ex.Path == "$.employees[0].id")
        {
            return ex.Path;
        }

        throw new InvalidOperationException("The hostile snapshot was not refused at $.employees[0].id.");
    }

    /// <summary><c>header</c>, then <c>{},</c> as many times as asked, then <c>{}]}</c>, made as it is read.</summary>
    private sealed class EmptyObjectsStream(string header, long count) : Stream
    {
        private readonly byte[] _header = Encoding.UTF8.GetBytes(header);
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => _header.Length + (3 * count) + 4;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var written = 0;
            for (; written < buffer.Length && _position < Length; written++, _position++)
            {
                var inBody = _position - _header.Length;
                buffer[written] = _position < _header.Length ? _header[_position]
                    : inBody < 3 * count ? "{},"u8[(int)(inBody % 3)]
                    : "{}]}"u8[(int)(inBody - (3 * count))];
            }

            return written;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
