using System.Buffers;

namespace PerfDomain.Snapshots.Json;

internal sealed partial class SnapshotJsonParser
{
    /// <summary>The size of the buffer the input is read into, grown when one value does not fit.</summary>
    public const int DefaultBufferSize = 64 * 1024;

    /// <summary>Reads a snapshot from a stream, a buffer at a time (a small buffer lets tests cross every boundary).</summary>
    public static OrganizationSnapshot Read(Stream input, SnapshotReaderOptions options, int bufferSize = DefaultBufferSize, bool documentReaders = true)
    {
        var parser = new SnapshotJsonParser(options, documentReaders);
        using var buffer = new InputBuffer(options.MaxBytes, bufferSize);
        do
        {
            while (buffer.CanTake)
            {
                buffer.Took(input.Read(buffer.Free.Span));
            }
        }
        while (!parser.Step(buffer));

        return parser.Finish();
    }

    /// <summary>Reads a snapshot from a stream, a buffer at a time, without blocking on the stream.</summary>
    public static async ValueTask<OrganizationSnapshot> ReadAsync(Stream input, SnapshotReaderOptions options, CancellationToken cancellationToken)
    {
        var parser = new SnapshotJsonParser(options);
        using var buffer = new InputBuffer(options.MaxBytes, DefaultBufferSize);
        do
        {
            while (buffer.CanTake)
            {
                buffer.Took(await input.ReadAsync(buffer.Free, cancellationToken).ConfigureAwait(false));
            }

            cancellationToken.ThrowIfCancellationRequested();
        }
        while (!parser.Step(buffer));

        return parser.Finish();
    }

    /// <summary>Feeds what the buffer holds; true once the document is complete.</summary>
    private bool Step(InputBuffer buffer)
    {
        if (buffer.OverLimit)
        {
            // Read what fits in the limit first, so that the error names the value that goes over it.
            Feed(buffer.Data[..^1], isFinalBlock: false);
            throw BytesLimitExceeded();
        }

        var consumed = Feed(buffer.Data, buffer.Ended);
        if (IsDone)
        {
            return true;
        }

        if (buffer.Ended)
        {
            // The reader refuses an unfinished document in its final block; this is a safety net.
            throw new InvalidSnapshotException(CurrentPath, "malformed JSON: the input ends before the snapshot does.");
        }

        if (!buffer.Consume(consumed))
        {
            throw ElementTooLarge();
        }

        return false;
    }

    /// <summary>
    /// The bytes read and not yet consumed, in a pooled array that grows only when one value does
    /// not fit in it; at most one byte past the limit is ever read from the input.
    /// </summary>
    private sealed class InputBuffer(long maxBytes, int size) : IDisposable
    {
        private byte[] _array = ArrayPool<byte>.Shared.Rent(size);
        private int _filled;
        private long _total;

        public bool Ended { get; private set; }

        public bool OverLimit => _total > maxBytes;

        public bool CanTake => !Ended && !OverLimit && _filled < _array.Length;

        public Span<byte> Data => _array.AsSpan(0, _filled);

        /// <summary>Gets the free space to read into, cut so that the total goes at most one byte past the limit.</summary>
        public Memory<byte> Free
        {
            get
            {
                var free = _array.Length - _filled;
                var allowed = maxBytes - _total;
                return _array.AsMemory(_filled, allowed >= free ? free : (int)allowed + 1);
            }
        }

        public void Took(int count)
        {
            Ended = count == 0;
            _filled += count;
            _total += count;
        }

        /// <summary>Drops the consumed bytes; grows the array when nothing could be consumed from a full one. False when it cannot grow.</summary>
        public bool Consume(int consumed)
        {
            if (consumed > 0)
            {
                _array.AsSpan(consumed, _filled - consumed).CopyTo(_array);
                _filled -= consumed;
            }
            else if (_filled == _array.Length)
            {
                if (_array.Length >= Array.MaxLength)
                {
                    return false;
                }

                var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * _array.Length, Array.MaxLength));
                _array.AsSpan(0, _filled).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_array);
                _array = larger;
            }

            return true;
        }

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(_array);
            _array = [];
        }
    }
}
