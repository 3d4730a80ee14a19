namespace PerfDomain.Rules.Sessions;

/// <summary>
/// The pending activations in firing order: higher priority first, then first in, first out (as NRules). Since
/// sequences are given out in increasing order as activations are queued, each priority is a FIFO queue: adding and
/// taking the next are O(1), removal is lazy.
/// </summary>
internal sealed class Agenda
{
    private readonly List<PriorityQueue> _queues = [];
    private int _count;

    public int Count => _count;

    /// <summary>Empties every queue, keeping their capacity for the next use of the session.</summary>
    public void Clear()
    {
        foreach (var queue in _queues)
        {
            queue.Items.Clear();
            queue.Head = 0;
            queue.Dead = 0;
        }

        _count = 0;
    }

    /// <summary>Adds an activation whose <see cref="ActivationState.Sequence"/> was just given out (the highest so far).</summary>
    public void Add(ActivationState activation)
    {
        activation.InAgenda = true;
        QueueFor(activation.Rule.Priority).Add(activation);
        _count++;
    }

    public void Remove(ActivationState activation)
    {
        if (!activation.InAgenda)
        {
            return;
        }

        activation.InAgenda = false;
        // Lazy: the entry stays in its queue and is skipped when reached.
        _count--;
        var queue = QueueFor(activation.Rule.Priority);
        if (++queue.Dead > 1024 && queue.Dead > queue.Live)
        {
            queue.Compact();
        }
    }

    /// <summary>Removes and returns the next activation to fire.</summary>
    public ActivationState TakeFirst()
    {
        var next = First();
        _count--;

        next.InAgenda = false;
        return next;
    }

    /// <summary>Lists the pending activations in firing order.</summary>
    /// <summary>Gets the activation that fires next, leaving it in the agenda; <see langword="null"/> when the agenda is empty.</summary>
    public ActivationState? PeekFirst()
    {
        foreach (var queue in _queues)
        {
            for (var i = queue.Head; i < queue.Items.Count; i++)
            {
                if (IsLive(queue.Items[i]))
                {
                    return queue.Items[i].Activation;
                }
            }
        }

        return null;
    }

    public List<ActivationState> ToList()
    {
        var list = new List<ActivationState>(_count);
        foreach (var queue in _queues)
        {
            for (var i = queue.Head; i < queue.Items.Count; i++)
            {
                if (IsLive(queue.Items[i]))
                {
                    list.Add(queue.Items[i].Activation);
                }
            }
        }

        return list;
    }

    private static bool IsLive(Entry entry) => entry.Activation.InAgenda && entry.Activation.Sequence == entry.Sequence;

    private ActivationState First()
    {
        foreach (var queue in _queues)
        {
            while (queue.Head < queue.Items.Count)
            {
                var entry = queue.Items[queue.Head++];
                if (IsLive(entry))
                {
                    if (queue.Head == queue.Items.Count)
                    {
                        queue.Items.Clear();
                        queue.Head = 0;
                        queue.Dead = 0;
                    }

                    return entry.Activation;
                }

                queue.Dead--;
            }

            queue.Items.Clear();
            queue.Head = 0;
            queue.Dead = 0;
        }

        throw new InvalidOperationException("The agenda is empty.");
    }

    private PriorityQueue QueueFor(int priority)
    {
        // Few distinct priorities: a list sorted by descending priority.
        var i = 0;
        for (; i < _queues.Count; i++)
        {
            if (_queues[i].Priority == priority)
            {
                return _queues[i];
            }

            if (_queues[i].Priority < priority)
            {
                break;
            }
        }

        var queue = new PriorityQueue(priority);
        _queues.Insert(i, queue);
        return queue;
    }

    private readonly record struct Entry(ActivationState Activation, long Sequence);

    private sealed class PriorityQueue(int priority)
    {
        public int Priority { get; } = priority;

        public List<Entry> Items { get; } = [];

        public int Head { get; set; }

        /// <summary>Gets or sets the number of removed entries still in <see cref="Items"/> after <see cref="Head"/>.</summary>
        public int Dead { get; set; }

        public int Live => Items.Count - Head - Dead;

        public void Add(ActivationState activation) => Items.Add(new Entry(activation, activation.Sequence));

        public void Compact()
        {
            var kept = 0;
            for (var i = Head; i < Items.Count; i++)
            {
                if (IsLive(Items[i]))
                {
                    Items[kept++] = Items[i];
                }
            }

            Items.RemoveRange(kept, Items.Count - kept);
            Head = 0;
            Dead = 0;
        }
    }
}
