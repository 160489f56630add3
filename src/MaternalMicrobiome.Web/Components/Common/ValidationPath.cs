using System.Collections;
using Microsoft.AspNetCore.Components.Forms;

namespace MaternalMicrobiome.Web.Components.Common;

/// <summary>
/// Turns a FluentValidation property path (<c>Name</c>, <c>Portions[0].Grams</c>) into the <see cref="FieldIdentifier"/>
/// an input bound with <c>For="() => portion.Grams"</c> has, so client and server messages land on the same input.
/// </summary>
public static class ValidationPath
{
    public static FieldIdentifier ToField(object model, string? path)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (string.IsNullOrEmpty(path))
        {
            return new FieldIdentifier(model, string.Empty);
        }

        var segments = path.Split('.');
        var owner = model;
        foreach (var segment in segments[..^1])
        {
            if (Step(owner, segment) is not { } next)
            {
                // A path the model cannot follow (a list that changed since): the message still shows, on the form.
                return new FieldIdentifier(model, string.Empty);
            }

            owner = next;
        }

        // An element of a list of plain values (PlantSpecies[2]) has no input of its own: its message shows at the list.
        var last = segments[^1];
        var bracket = last.IndexOf('[', StringComparison.Ordinal);
        var name = bracket >= 0 ? last[..bracket] : last;

        // A model with an indexer holds fields by name (a food's nutrients): the name is the field. Otherwise a rule the
        // service checks about something the form has no field for ("Invite": too many open) is about the form.
        return owner.GetType().GetProperty(name) is not null || HasIndexer(owner.GetType())
            ? new FieldIdentifier(owner, name)
            : new FieldIdentifier(model, string.Empty);
    }

    private static bool HasIndexer(Type type) => type.GetProperties().Any(p => p.GetIndexParameters().Length > 0);

    private static object? Step(object owner, string segment)
    {
        var bracket = segment.IndexOf('[', StringComparison.Ordinal);
        var name = bracket >= 0 ? segment[..bracket] : segment;
        var value = owner.GetType().GetProperty(name)?.GetValue(owner);
        if (bracket < 0 || value is null)
        {
            return value;
        }

        var indexText = segment[(bracket + 1)..].TrimEnd(']');
        return value is IList list && int.TryParse(indexText, System.Globalization.CultureInfo.InvariantCulture, out var index) && index >= 0 && index < list.Count
            ? list[index]
            : null;
    }
}
