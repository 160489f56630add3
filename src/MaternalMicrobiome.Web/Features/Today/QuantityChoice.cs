using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Components.Common;
using MaternalMicrobiome.Web.Features.Catalog;

namespace MaternalMicrobiome.Web.Features.Today;

/// <summary>One option of the unit picker: grams, millilitres, or one of the food's household portions.</summary>
public sealed record QuantityChoice(string Key, string Label, QuantityUnit Unit, string? PortionDescription)
{
    public static QuantityChoice Grams { get; } = new("g", "grams", QuantityUnit.Grams, null);
    public static QuantityChoice Millilitres { get; } = new("ml", "millilitres", QuantityUnit.Millilitres, null);

    /// <summary>The food's portions first (a mother thinks in cups and slices), then grams, and mL for drinks.</summary>
    public static IReadOnlyList<QuantityChoice> For(FoodDetails food)
    {
        ArgumentNullException.ThrowIfNull(food);
        var choices = food.Portions
            .Select((p, i) => new QuantityChoice($"p{i}", $"{p.Description} ({Format.Grams(p.Grams)})", QuantityUnit.Portion, p.Description))
            .ToList();
        choices.Add(Grams);
        if (food.IsBeverage)
        {
            choices.Add(Millilitres);
        }

        return choices;
    }

    public static QuantityChoice Matching(IReadOnlyList<QuantityChoice> choices, QuantityUnit unit, string? portionDescription)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return choices.FirstOrDefault(c => c.Unit == unit && c.PortionDescription == portionDescription) ?? Grams;
    }

    /// <summary>A sensible first amount: one portion, or 100 g / 250 mL.</summary>
    public double DefaultAmount => Unit switch
    {
        QuantityUnit.Portion => 1,
        QuantityUnit.Millilitres => 250,
        _ => 100,
    };
}
