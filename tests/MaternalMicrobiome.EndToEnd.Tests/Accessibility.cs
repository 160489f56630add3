using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace MaternalMicrobiome.EndToEnd.Tests;

/// <summary>Runs axe-core on the page as it is now; fails on critical or serious violations, logs the rest.</summary>
public static class Accessibility
{
    public static async Task AssertNoSeriousViolationsAsync(IPage page, ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(output);
        var result = await page.RunAxe();
        output.WriteLine($"axe on {page.Url}: {result.Passes.Length} rules passed, {result.Violations.Length} violated.");
        if (result.Violations.Length > 0)
        {
            output.WriteLine(Describe(result.Violations));
        }

        var serious = result.Violations.Where(v => v.Impact is "critical" or "serious").ToList();
        Assert.True(serious.Count == 0, $"axe found critical or serious violations on {page.Url}:{Environment.NewLine}{Describe(serious)}");
    }

    private static string Describe(IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        foreach (var violation in violations)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    {node.Target}: {node.Html}");
                foreach (var check in node.Any.Concat(node.All).Concat(node.None))
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"      {check.Message}");
                }
            }
        }

        return text.ToString();
    }
}
