namespace MaternalMicrobiome.Domain.Catalog;

/// <summary>Optimal-string-alignment (Damerau–Levenshtein) distance with an early exit once it exceeds a bound.</summary>
public static class EditDistance
{
    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or <c>max + 1</c> when it is larger than <paramref name="max"/>.</summary>
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max) =>
        Math.Abs(a.Length - b.Length) > max ? max + 1 : LastRowMinimum(a, b, max, firstColumn: b.Length);

    /// <summary>
    /// The smallest distance between <paramref name="typed"/> and any prefix of <paramref name="word"/> (she may still be
    /// typing), or <c>max + 1</c> when every prefix is further than <paramref name="max"/>. One table, not one per prefix:
    /// the last row holds the distance to every prefix length at once.
    /// </summary>
    public static int BestPrefix(ReadOnlySpan<char> typed, ReadOnlySpan<char> word, int max)
    {
        var columns = Math.Min(word.Length, typed.Length + max);
        return columns < typed.Length - max
            ? max + 1
            : LastRowMinimum(typed, word[..columns], max, firstColumn: Math.Max(0, typed.Length - max));
    }

    /// <summary>Fills the table of <paramref name="a"/> against <paramref name="b"/>; returns the least of its last row from <paramref name="firstColumn"/> on.</summary>
    private static int LastRowMinimum(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max, int firstColumn)
    {
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

        var best = max + 1;
        for (var j = firstColumn; j <= b.Length; j++)
        {
            best = Math.Min(best, previous[j]);
        }

        return best;
    }
}
