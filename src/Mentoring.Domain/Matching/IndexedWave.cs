namespace Mentoring.Domain.Matching;

/// <summary>
/// A wave in integer form: clients and mentors by position, and each usable pairing (its client in the wave, its
/// mentor with a free place) as a client, a mentor and a value, in the caller's order. The solver and greedy both
/// start from it, so timing one against the other compares the algorithms, not dictionary look-ups.
/// </summary>
internal sealed class IndexedWave
{
    private readonly IReadOnlyList<Pairing> _offered;
    private readonly int[] _source;

    private IndexedWave(int clientCount, int[] capacity, IReadOnlyList<Pairing> offered, int count, int[] source, int[] client, int[] mentor, long[] value) =>
        (ClientCount, Capacity, _offered, Count, _source, Client, Mentor, Value) = (clientCount, capacity, offered, count, source, client, mentor, value);

    public int ClientCount { get; }
    /// <summary>Free places, by mentor position; every mentor here has at least one.</summary>
    public int[] Capacity { get; }
    public int MentorCount => Capacity.Length;
    /// <summary>How many pairings are usable: the arrays below may be longer (sized for every pairing offered, not copied to fit).</summary>
    public int Count { get; }
    /// <summary>By pairing position: its client's and mentor's positions and what it is worth (<see cref="BatchAssignment.Value"/>).</summary>
    public int[] Client { get; }
    public int[] Mentor { get; }
    public long[] Value { get; }

    public static IndexedWave Of(IReadOnlyList<WaveClient> clients, IReadOnlyDictionary<Guid, int> freeCapacity, IReadOnlyList<Pairing> pairings)
    {
        var clientIndex = new Dictionary<Guid, int>(clients.Count);
        for (var c = 0; c < clients.Count; c++) clientIndex.Add(clients[c].ClientId, c);
        var mentorIndex = new Dictionary<Guid, int>(freeCapacity.Count);
        var capacity = new List<int>(freeCapacity.Count);
        foreach (var (mentorId, free) in freeCapacity)
        {
            if (free <= 0) continue;
            mentorIndex.Add(mentorId, capacity.Count);
            capacity.Add(free);
        }

        var (source, client, mentor, value) = (new int[pairings.Count], new int[pairings.Count], new int[pairings.Count], new long[pairings.Count]);
        var count = 0;
        for (var i = 0; i < pairings.Count; i++)
        {
            var p = pairings[i];
            if (!clientIndex.TryGetValue(p.ClientId, out var c) || !mentorIndex.TryGetValue(p.MentorId, out var m)) continue;
            (source[count], client[count], mentor[count], value[count]) = (i, c, m, BatchAssignment.Value(p, clients[c].DaysToRelease));
            count++;
        }
        return new IndexedWave(clients.Count, capacity.ToArray(), pairings, count, source, client, mentor, value);
    }

    /// <summary>The pairing at this position, as the caller offered it.</summary>
    public Pairing PairingAt(int position) => _offered[_source[position]];

    /// <summary>
    /// A sort key that puts pairings best value first and, among equal values, in the caller's order: sorting plain
    /// longs is several times faster than sorting pairings with a comparer. Values are 0 to 1,060 (a score of 0 to 1
    /// scaled, plus urgency), so they fit the high half.
    /// </summary>
    public long BestFirstKey(int pairing) => ((long)(int.MaxValue - Value[pairing]) << 32) | (uint)pairing;

    /// <summary>
    /// Which connected part each client (node c) and mentor (node <see cref="ClientCount"/> + m) belongs to, linked by
    /// the given pairings (null: all), as a root node per node (union-find). Parts share no mentor, so they can be
    /// assigned independently.
    /// </summary>
    public int[] PartRoots(int[]? pairings)
    {
        var parent = new int[ClientCount + MentorCount];
        for (var n = 0; n < parent.Length; n++) parent[n] = n;
        int Root(int n)
        {
            while (parent[n] != n) n = parent[n] = parent[parent[n]];
            return n;
        }
        for (var k = 0; k < (pairings?.Length ?? Count); k++)
        {
            var i = pairings?[k] ?? k;
            int a = Root(Client[i]), b = Root(ClientCount + Mentor[i]);
            if (a != b) parent[a] = b;
        }
        for (var n = 0; n < parent.Length; n++) parent[n] = Root(n);
        return parent;
    }

    /// <summary>Every position, 0 to <paramref name="count"/> − 1: all pairings offered.</summary>
    public static int[] All(int count)
    {
        var all = new int[count];
        for (var i = 0; i < count; i++) all[i] = i;
        return all;
    }

    public static int PairingOf(long bestFirstKey) => (int)(bestFirstKey & uint.MaxValue);
}
