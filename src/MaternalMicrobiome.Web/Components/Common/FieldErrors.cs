namespace MaternalMicrobiome.Web.Components.Common;

/// <summary>A form's validation messages by field (<c>Name</c>, <c>Portions[0].Grams</c>), so each shows next to its input.</summary>
public sealed class FieldErrors
{
    private readonly ILookup<string, string> byField;

    private FieldErrors(IEnumerable<(string Field, string Message)> errors)
    {
        var list = errors.ToList();
        byField = list.ToLookup(e => e.Field, e => e.Message, StringComparer.Ordinal);
        All = list.Select(e => e.Message).Distinct(StringComparer.Ordinal).ToList();
    }

    public static FieldErrors None { get; } = new([]);

    public IReadOnlyList<string> All { get; }

    public bool Any => All.Count > 0;

    public static FieldErrors From(FluentValidation.ValidationException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new FieldErrors(exception.Errors.Select(e => (e.PropertyName ?? string.Empty, e.ErrorMessage)));
    }

    public bool Has(string field) => byField[field].Any();

    /// <summary>The field's first message, or null (MudBlazor shows ErrorText under the input when Error is set).</summary>
    public string? For(string field) => byField[field].FirstOrDefault();
}
