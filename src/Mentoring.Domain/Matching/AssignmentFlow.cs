using Google.OrTools.Graph;

namespace Mentoring.Domain.Matching;

/// <summary>
/// The min-cost flow (Google OR-Tools) behind <see cref="BatchAssignment.Solve"/>, one connected part of the wave at a
/// time. Clients of different destinations share no mentor, and pruned pairings split a destination further, so a wave
/// falls apart into independent parts: solving each on its own gives the same total, and many small flows solve
/// faster than one large one (the solver's effort grows faster than the graph). Most parts are a client or two that
/// compete for nothing, and need no flow at all.
/// </summary>
internal static class AssignmentFlow
{
    /// <summary>
    /// The pairings (by position) an optimal assignment takes among the <paramref name="offered"/> ones, part by part;
    /// <paramref name="plain"/>, one flow for the whole wave, without shortcuts.
    /// </summary>
    public static List<int> Solve(IndexedWave wave, int[] offered, bool plain = false)
    {
        var taken = new List<int>(wave.ClientCount);
        var parts = Parts(wave, offered, split: !plain);
        var local = new int[wave.ClientCount + wave.MentorCount];
        var stamp = new int[local.Length];
        Array.Fill(stamp, -1);
        for (int start = 0, part = 0; start < parts.Length; part++)
        {
            var end = start;
            while (end < parts.Length && parts[end] >> 32 == parts[start] >> 32) end++;
            var pairings = new int[end - start];
            for (var k = start; k < end; k++) pairings[k - start] = (int)(parts[k] & uint.MaxValue);
            SolvePart(wave, pairings, part, local, stamp, !plain, taken);
            start = end;
        }
        return taken;
    }

    /// <summary>
    /// Nodes: the part's clients, its mentors, a sink. Each client supplies one unit, which reaches the sink through one
    /// pairing (its value as a negative cost) or the free "unassigned" arc, so the flow is always feasible.
    /// </summary>
    private static void SolvePart(IndexedWave wave, int[] pairings, int part, int[] local, int[] stamp, bool shortcut, List<int> taken)
    {
        int clients = 0, nodes = 0;
        var mentors = new List<int>();
        foreach (var i in pairings)
            if (stamp[wave.Client[i]] != part) (stamp[wave.Client[i]], local[wave.Client[i]]) = (part, nodes++);
        clients = nodes;
        foreach (var i in pairings)
        {
            var m = wave.ClientCount + wave.Mentor[i];
            if (stamp[m] == part) continue;
            (stamp[m], local[m]) = (part, nodes++);
            mentors.Add(wave.Mentor[i]);
        }
        var sink = nodes;
        if (shortcut && Uncontested(wave, pairings, mentors, local, clients))
        {
            TakeBest(wave, pairings, local, clients, taken);
            return;
        }

        using var flow = new MinCostFlow(sink + 1, clients + pairings.Length + mentors.Count);
        for (var c = 0; c < clients; c++)
        {
            flow.SetNodeSupply(c, 1);
            flow.AddArcWithCapacityAndUnitCost(c, sink, 1, 0);
        }
        var arcs = new int[pairings.Length];
        for (var k = 0; k < pairings.Length; k++)
        {
            var i = pairings[k];
            arcs[k] = flow.AddArcWithCapacityAndUnitCost(local[wave.Client[i]], local[wave.ClientCount + wave.Mentor[i]], 1, -wave.Value[i]);
        }
        foreach (var m in mentors) flow.AddArcWithCapacityAndUnitCost(local[wave.ClientCount + m], sink, wave.Capacity[m], 0);
        flow.SetNodeSupply(sink, -clients);

        var status = flow.Solve();
        if (status != MinCostFlowBase.Status.OPTIMAL)
            throw new InvalidOperationException($"The assignment could not be solved: {status}."); // cannot happen: the unassigned arcs keep it feasible
        for (var k = 0; k < pairings.Length; k++)
            if (flow.Flow(arcs[k]) > 0) taken.Add(pairings[k]);
    }

    /// <summary>Whether each mentor of the part has a place for every pairing to them, so that no two clients compete.</summary>
    private static bool Uncontested(IndexedWave wave, int[] pairings, List<int> mentors, int[] local, int clients)
    {
        var wanted = new int[mentors.Count];
        foreach (var i in pairings) wanted[local[wave.ClientCount + wave.Mentor[i]] - clients]++;
        for (var k = 0; k < mentors.Count; k++)
            if (wanted[k] > wave.Capacity[mentors[k]]) return false;
        return true;
    }

    /// <summary>Each client's best pairing (the first of equal ones): the optimum when nobody competes for a place.</summary>
    private static void TakeBest(IndexedWave wave, int[] pairings, int[] local, int clients, List<int> taken)
    {
        var best = new int[clients];
        Array.Fill(best, -1);
        foreach (var i in pairings)
        {
            var c = local[wave.Client[i]];
            if (best[c] < 0 || wave.Value[i] > wave.Value[best[c]]) best[c] = i;
        }
        taken.AddRange(best);
    }

    /// <summary>
    /// The offered pairings as keys (part, then position), sorted: each part's pairings together, in the caller's order.
    /// Not split, there is one part.
    /// </summary>
    private static long[] Parts(IndexedWave wave, int[] offered, bool split)
    {
        var root = split ? wave.PartRoots(offered) : null;
        var keys = new long[offered.Length];
        for (var k = 0; k < offered.Length; k++) keys[k] = (root is null ? 0 : (long)root[wave.Client[offered[k]]] << 32) | (uint)offered[k];
        Array.Sort(keys);
        return keys;
    }
}
