namespace MaternalMicrobiome.Domain.Catalog;

/// <summary>Optimal-string-alignment (Damerau–Levenshtein) distance with an early exit once it exceeds a bound.</summary>
public static class EditDistance
{
    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or <c>max + 1</c> when it is larger than <paramref name="max"/>.</summary>
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        // Three rolling rows: the transposition step looks two rows back. Words are short, so the stack is fine.
        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > max)
            {
                return max + 1;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[b.Length], max + 1);
    }

    /// <summary>
    /// The smallest distance between <paramref name="typed"/> and any prefix of <paramref name="word"/> (she may still be
    /// typing), or <c>max + 1</c> when every prefix is further than <paramref name="max"/>. One table, not one per prefix:
    /// the last row holds the distance to every prefix length at once.
    /// </summary>
    public static int BestPrefix(ReadOnlySpan<char> typed, ReadOnlySpan<char> word, int max)
    {
        var columns = Math.Min(word.Length, typed.Length + max);
        if (columns < typed.Length - max)
        {
            return max + 1;
        }

        Span<int> previous2 = stackalloc int[columns + 1];
        Span<int> previous = stackalloc int[columns + 1];
        Span<int> current = stackalloc int[columns + 1];
        for (var j = 0; j <= columns; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= typed.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= columns; j++)
            {
                var cost = typed[i - 1] == word[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && typed[i - 1] == word[j - 2] && typed[i - 2] == word[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > max)
            {
                return max + 1;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        var best = max + 1;
        for (var j = Math.Max(0, typed.Length - max); j <= columns; j++)
        {
            best = Math.Min(best, previous[j]);
        }

        return best;
    }
}
