namespace Mentoring.Domain.Matching;

/// <summary>A binary min-heap in a span: built in linear time, popped smallest first.</summary>
internal static class MinHeap
{
    public static void Build(Span<long> heap)
    {
        for (var i = heap.Length / 2 - 1; i >= 0; i--) SiftDown(heap, i);
    }

    /// <summary>Takes the smallest off the heap, which shrinks by one.</summary>
    public static long Pop(ref Span<long> heap)
    {
        var top = heap[0];
        heap[0] = heap[^1];
        heap = heap[..^1];
        SiftDown(heap, 0);
        return top;
    }

    private static void SiftDown(Span<long> heap, int i)
    {
        while (true)
        {
            int left = 2 * i + 1, right = left + 1, least = i;
            if (left < heap.Length && heap[left] < heap[least]) least = left;
            if (right < heap.Length && heap[right] < heap[least]) least = right;
            if (least == i) return;
            (heap[i], heap[least]) = (heap[least], heap[i]);
            i = least;
        }
    }
}
