using System.Net;
using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Web.Features.Admin.Foods;

namespace MaternalMicrobiome.Web.Tests.BadInput;

/// <summary>The corpus's shared checks: refused with a message naming the field, and nothing written.</summary>
public static class BadInputAssert
{
    /// <summary>
    /// <paramref name="act"/> throws FluentValidation's <see cref="ValidationException"/> (what every service throws and
    /// every page shows next to the field) with a message whose property is <paramref name="field"/> (or one of its items,
    /// such as Portions[0].Grams), and no table gains or loses a row; <paramref name="fingerprint"/> covers rows changed in place.
    /// </summary>
    public static async Task<ValidationException> RejectedWithoutWriteAsync(
        IServiceProvider services, string field, Func<Task> act, Func<AppDbContext, Task<string>>? fingerprint = null)
    {
        ArgumentNullException.ThrowIfNull(act);
        var before = await DatabaseState.CaptureAsync(services, fingerprint);

        var error = await Assert.ThrowsAsync<ValidationException>(act);

        Assert.True(error.Errors.Any(e => NamesField(e.PropertyName, field) && IsSentence(e.ErrorMessage)),
            $"expected a message for {field}; got: {string.Join(" | ", error.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}"))}");
        Assert.Equal(before, await DatabaseState.CaptureAsync(services, fingerprint));
        return error;
    }

    /// <summary>The import refused the file, naming the line (and the column when one is given), and wrote nothing.</summary>
    public static async Task<FoodImportResult> ImportRefusedWithoutWriteAsync(IServiceProvider services, int line, string? column, Func<Task<FoodImportResult>> import)
    {
        ArgumentNullException.ThrowIfNull(import);
        var before = await DatabaseState.CaptureAsync(services);

        var result = await import();

        Assert.False(result.Succeeded, "the import accepted the file");
        Assert.False(result.Written);
        Assert.True(result.Problems.Any(p => p.Line == line && (column is null || p.Column == column) && IsSentence(p.Message)),
            $"expected a problem on line {line}{(column is null ? string.Empty : $", column {column}")}; got: {string.Join(" | ", result.Problems)}");
        Assert.Equal(before, await DatabaseState.CaptureAsync(services));
        return result;
    }

    /// <summary>A 400 problem response (never a 500) whose errors name <paramref name="parameter"/>.</summary>
    public static async Task BadRequestNamingAsync(HttpResponseMessage response, string parameter)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
        Assert.Contains($"\"{parameter}\":[", body, StringComparison.Ordinal);
    }

    /// <summary>Text that was accepted shows as text: encoded in the HTML, never as live markup.</summary>
    public static void ShownAsText(string html, string payload)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (payload.AsSpan().IndexOfAny('<', '>', '"') >= 0)
        {
            Assert.DoesNotContain(payload, html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror=alert", WithoutEncodedText(html), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onload=alert", WithoutEncodedText(html), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(payload, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    private static bool NamesField(string? property, string field) =>
        property is not null && (property == field || property.StartsWith(field + "[", StringComparison.Ordinal) || property.StartsWith(field + ".", StringComparison.Ordinal));

    private static bool IsSentence(string? message) => !string.IsNullOrWhiteSpace(message) && message.Trim().Length > 5;

    /// <summary>The HTML with encoded tags' text left out: "&lt;img src=x onerror=alert(1)&gt;" is harmless text.</summary>
    private static string WithoutEncodedText(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "&lt;.*?&gt;", string.Empty);
}
