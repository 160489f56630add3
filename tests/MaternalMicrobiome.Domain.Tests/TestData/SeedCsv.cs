namespace MaternalMicrobiome.Domain.Tests.TestData;

/// <summary>Reads a CSV file of the real seeds (copied next to the tests): rows by their first cell, cells by header.</summary>
public static class SeedCsv
{
    public static Dictionary<string, Dictionary<string, string>> Read(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "seeds", file));
        var header = Split(lines[0]);
        return lines.Skip(1).Select(Split).ToDictionary(
            cells => cells[0],
            cells => header.Zip(cells).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    /// <summary>A minimal RFC 4180 reader: the files quote names with commas.</summary>
    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
