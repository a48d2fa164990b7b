namespace Mentoring.Domain.Matching;

/// <summary>
/// Which pairings the optimal assignment can do without. For a client c, take its pairings best value first and stop
/// at the shortest prefix whose mentors P have more free places than there are other clients with a pairing to
/// anyone in P ("rivals"). The pairings after it are dropped, and the optimum does not change:
/// <para>
/// Take any optimal assignment in which c holds a dropped pairing, to mentor m outside P. Only rivals can hold places
/// in P, and there are fewer rivals than places, so some mentor m' in P has a place free; c's pairing with m' is
/// worth at least the one with m (P came first). Moving c to m' keeps every capacity and loses no value, and it moves
/// no one else. (A client that holds a dropped duplicate of a pairing to a mentor in P switches to the kept,
/// better one.) Each move puts one more client on a kept pairing and none off one, since a client's prefix and
/// rivals depend only on the pairings offered, not on the assignment; so after at most one move per client an
/// assignment of the same, optimal value uses kept pairings only. Hence the optimum over the kept pairings, a subset,
/// is the optimum over all of them.
/// </para>
/// The proof only needs the places to outnumber the rivals, so counting more rivals than there are is safe, merely
/// less sharp; and it holds for any wave, so the rule may be applied again to what it kept (a smaller wave with the
/// same optimum, in which a client has fewer rivals), or to one client at a time. So: first a cheap cut that counts
/// as rivals every other client of the client's connected part; then the exact count, client by client, until nothing
/// more goes. Mentors are local (a client's pairings are the mentors of its destination): on the benchmark's wave the
/// cut keeps about 12 of a client's 116 pairings and the exact count about 3.
/// </summary>
internal static class ArcPruning
{
    /// <summary>The positions of the pairings the solver needs.</summary>
    public static int[] Needed(IndexedWave wave)
    {
        var (order, start) = Cut(wave);
        var rivals = new Rivals(wave, order, start);

        // A client is looked at again only when a rival drops a pairing to one of its mentors: only then can its
        // rivals be fewer.
        var queue = new Queue<int>(Enumerable.Range(0, wave.ClientCount));
        var queued = new bool[wave.ClientCount];
        Array.Fill(queued, true);
        while (queue.TryDequeue(out var c))
        {
            queued[c] = false;
            rivals.Start(c);
            var needs = 0;
            while (!rivals.Outnumbered && needs < rivals.Kept(c)) rivals.Add(order[start[c] + needs++]);
            var before = rivals.Kept(c);
            rivals.Keep(c, needs);
            for (var k = start[c] + needs; k < start[c] + before; k++)
                foreach (var rival in rivals.Holding(wave.Mentor[order[k]]))
                {
                    if (queued[rival]) continue;
                    queued[rival] = true;
                    queue.Enqueue(rival);
                }
        }

        var needed = new List<int>(order.Length);
        for (var c = 0; c < wave.ClientCount; c++) needed.AddRange(order.AsSpan(start[c], rivals.Kept(c)));
        return needed.ToArray();
    }

    /// <summary>
    /// The cheap cut: each client's pairings, best first, until their places outnumber the other clients of its part
    /// (places ≥ the part's clients). They come off a heap, only as many as needed (a dozen of a hundred), which is
    /// cheaper than sorting them all. Returns the kept positions grouped by client, best first: client c's are
    /// order[start[c] .. start[c + 1]).
    /// </summary>
    private static (int[] Order, int[] Start) Cut(IndexedWave wave)
    {
        var root = wave.PartRoots(null);
        var partClients = new int[root.Length];
        for (var c = 0; c < wave.ClientCount; c++) partClients[root[c]]++;

        var keyStart = Starts(wave.ClientCount, wave.Client.AsSpan(0, wave.Count));
        var next = (int[])keyStart.Clone();
        var keys = new long[wave.Count];
        for (var i = 0; i < wave.Count; i++) keys[next[wave.Client[i]]++] = wave.BestFirstKey(i);

        var kept = new List<int>(wave.ClientCount * 16);
        var start = new int[wave.ClientCount + 1];
        var mentorSeen = new int[wave.MentorCount];
        Array.Fill(mentorSeen, -1);
        for (var c = 0; c < wave.ClientCount; c++)
        {
            var heap = keys.AsSpan(keyStart[c], keyStart[c + 1] - keyStart[c]);
            MinHeap.Build(heap);
            long places = 0;
            while (places < partClients[root[c]] && heap.Length > 0)
            {
                var pairing = IndexedWave.PairingOf(MinHeap.Pop(ref heap));
                kept.Add(pairing);
                var m = wave.Mentor[pairing];
                if (mentorSeen[m] == c) continue; // a second pairing to the same mentor adds no place
                mentorSeen[m] = c;
                places += wave.Capacity[m];
            }
            start[c + 1] = kept.Count;
        }
        return (kept.ToArray(), start);
    }

    /// <summary>Where each owner's pairings start when grouped by owner (a client or a mentor); the last entry is the count.</summary>
    private static int[] Starts(int owners, ReadOnlySpan<int> ownerOf)
    {
        var start = new int[owners + 1];
        foreach (var owner in ownerOf) start[owner + 1]++;
        for (var o = 0; o < owners; o++) start[o + 1] += start[o];
        return start;
    }

    /// <summary>
    /// One client's prefix as it grows: the free places of its mentors so far, and its rivals, the other clients with
    /// a kept pairing to one of them. Each mentor's pairings sit side by side (slots), holding their client and their
    /// rank in that client's best-first list, so counting rivals reads memory in sequence; a pairing is kept while its
    /// rank is below its client's kept count.
    /// </summary>
    private sealed class Rivals
    {
        private readonly IndexedWave _wave;
        private readonly int[] _slotStart, _clientAt, _rankAt, _kept;
        // Stamps (one per prefix started) instead of sets cleared every time.
        private readonly int[] _rivalSeen, _mentorSeen;
        private int _client, _stamp = -1, _rivals;
        private long _places;

        public Rivals(IndexedWave wave, int[] order, int[] start)
        {
            _wave = wave;
            var mentorOf = new int[order.Length];
            for (var k = 0; k < order.Length; k++) mentorOf[k] = wave.Mentor[order[k]];
            _slotStart = Starts(wave.MentorCount, mentorOf);
            var next = (int[])_slotStart.Clone();
            (_clientAt, _rankAt, _kept) = (new int[order.Length], new int[order.Length], new int[wave.ClientCount]);
            for (var c = 0; c < wave.ClientCount; c++)
            {
                _kept[c] = start[c + 1] - start[c];
                for (var k = start[c]; k < start[c + 1]; k++)
                {
                    var slot = next[mentorOf[k]]++;
                    (_clientAt[slot], _rankAt[slot]) = (c, k - start[c]);
                }
            }
            (_rivalSeen, _mentorSeen) = (new int[wave.ClientCount], new int[wave.MentorCount]);
            Array.Fill(_rivalSeen, -1);
            Array.Fill(_mentorSeen, -1);
        }

        public bool Outnumbered => _places > _rivals;

        public int Kept(int client) => _kept[client];

        public void Keep(int client, int count) => _kept[client] = count;

        public void Start(int client) => (_client, _stamp, _places, _rivals) = (client, _stamp + 1, 0, 0);

        public void Add(int pairing)
        {
            var m = _wave.Mentor[pairing];
            if (_mentorSeen[m] == _stamp) return; // a second pairing to the same mentor adds no place and no rival
            _mentorSeen[m] = _stamp;
            _places += _wave.Capacity[m];
            for (var slot = _slotStart[m]; slot < _slotStart[m + 1]; slot++)
            {
                var rival = _clientAt[slot];
                if (rival == _client || _rankAt[slot] >= _kept[rival] || _rivalSeen[rival] == _stamp) continue;
                _rivalSeen[rival] = _stamp;
                _rivals++;
            }
        }

        /// <summary>The clients with a kept pairing to <paramref name="mentor"/>.</summary>
        public IEnumerable<int> Holding(int mentor)
        {
            for (var slot = _slotStart[mentor]; slot < _slotStart[mentor + 1]; slot++)
                if (_rankAt[slot] < _kept[_clientAt[slot]]) yield return _clientAt[slot];
        }
    }
}
