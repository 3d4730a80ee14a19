using System.Text;
using System.Text.Json;
using FsCheck.Xunit;
using PerfDomain.Snapshots;
using PerfDomain.Snapshots.Json;

namespace PerfDomain.Tests.Snapshots;

public sealed class SnapshotWriterTests
{
    [Property(Arbitrary = new[] { typeof(SnapshotArbitraries) }, MaxTest = 60)]
    public void Write_AnySnapshot_IsByteForByteTheWholeDocumentSerialized(OrganizationSnapshot snapshot, bool indented)
    {
        var expected = WholeDocument(snapshot, indented);
        using var stream = new MemoryStream();

        SnapshotWriter.Write(snapshot, stream, indented);

        Assert.Equal(expected, Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Equal(expected, SnapshotWriter.Write(snapshot, indented));
    }

    [Fact]
    public void Write_LargeGeneratedOrganization_WritesTheSameBytesInBoundedChunks()
    {
        var snapshot = RandomOrganization.Build(seed: 11, size: 400);
        var expected = WholeDocument(snapshot, indented: true);
        using var stream = new RecordingStream();

        SnapshotWriter.Write(snapshot, stream);

        Assert.Equal(expected, Encoding.UTF8.GetString(stream.ToArray()));
        Assert.True(expected.Length > 10 * SnapshotStreamWriter.FlushThreshold, $"only {expected.Length:N0} characters");
        Assert.True(stream.Writes > 10, $"{stream.Writes} writes");
        Assert.True(stream.LargestWrite < 2 * SnapshotStreamWriter.FlushThreshold, $"largest write {stream.LargestWrite:N0} bytes");
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(7, 60)]
    [InlineData(11, 800)]
    public void Write_CompactInParallel_IsByteForByteTheSequentialText(int seed, int size)
    {
        var snapshot = RandomOrganization.Build(seed, size);
        using var parallel = new MemoryStream();
        using var indented = new MemoryStream();

        SnapshotWriter.Write(snapshot, parallel, indented: false, parallel: true);
        SnapshotWriter.Write(snapshot, indented, indented: true, parallel: true);

        Assert.Equal(SnapshotWriter.Write(snapshot, indented: false), Encoding.UTF8.GetString(parallel.ToArray()));
        Assert.Equal(SnapshotWriter.Write(snapshot, indented: true), Encoding.UTF8.GetString(indented.ToArray()));
        if (size >= 800)
        {
            // Batches on the thread pool, and one that ends part-way.
            Assert.True(snapshot.CheckIns.Count > 4 * ParallelElements.BatchSize && snapshot.CheckIns.Count % ParallelElements.BatchSize != 0, $"{snapshot.CheckIns.Count} check-ins");
        }
    }

    [Fact]
    public async Task WriteAsync_StreamRefusingSynchronousWrites_WritesTheSameBytes()
    {
        var snapshot = RandomOrganization.Build(seed: 5, size: 200);
        await using var stream = new RecordingStream { AsyncOnly = true };

        await SnapshotWriter.WriteAsync(snapshot, stream, indented: false);

        Assert.Equal(SnapshotWriter.Write(snapshot, indented: false), Encoding.UTF8.GetString(stream.ToArray()));
        Assert.True(stream.Writes > 1);
    }

    [Fact]
    public async Task WriteAsync_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await using var stream = new MemoryStream();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SnapshotWriter.WriteAsync(RandomOrganization.Build(1, 50), stream, cancellationToken: cancelled.Token));
    }

    [Fact]
    public async Task WriteAsyncThenReadAsync_GivesAnEqualSnapshot()
    {
        var snapshot = RandomOrganization.Build(seed: 8, size: 60);
        await using var stream = new MemoryStream();

        await SnapshotWriter.WriteAsync(snapshot, stream);
        stream.Position = 0;

        Assert.Equal(snapshot, await SnapshotReader.ReadAsync(stream));
    }

    /// <summary>The text as the writer made it before it streamed: the whole JSON form serialized at once.</summary>
    private static string WholeDocument(OrganizationSnapshot snapshot, bool indented) =>
        JsonSerializer.Serialize(SnapshotDocumentWriter.ToDocument(snapshot), indented ? SnapshotJsonOptions.Indented : SnapshotJsonOptions.Compact);

    /// <summary>A memory stream that records how it was written to, and can refuse synchronous writes.</summary>
    private sealed class RecordingStream : MemoryStream
    {
        public bool AsyncOnly { get; init; }

        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            RefuseSynchronous();
            Record(count);
            base.Write(buffer, offset, count);
        }

        // MemoryStream hands span writes of a derived class to Write(byte[], int, int): write through it, counted once.
        public override void Write(ReadOnlySpan<byte> buffer)
        {
            RefuseSynchronous();
            Record(buffer.Length);
            base.Write(buffer.ToArray(), 0, buffer.Length);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Record(buffer.Length);
            base.Write(buffer.ToArray(), 0, buffer.Length);
            return ValueTask.CompletedTask;
        }

        public override void Flush() => RefuseSynchronous();

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        private void RefuseSynchronous()
        {
            if (AsyncOnly)
            {
                throw new InvalidOperationException("Synchronous writes and flushes are not allowed.");
            }
        }

        private void Record(int count)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, count);
        }
    }
}
