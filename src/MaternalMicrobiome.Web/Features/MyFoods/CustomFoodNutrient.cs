using System.Linq.Expressions;
using System.Reflection;
using MaternalMicrobiome.Data.Catalog;

namespace MaternalMicrobiome.Web.Features.MyFoods;

/// <summary>
/// A nutrient of the custom-food form that the catalog describes in <see cref="FoodNutrients"/> (label, unit, the most
/// 100 g can hold): its <see cref="CustomFoodRequest"/> property, named like the <c>Food</c> property it fills.
/// </summary>
public sealed class CustomFoodNutrient
{
    private readonly Func<CustomFoodRequest, double?> get;
    private readonly Action<CustomFoodRequest, double?> set;

    private CustomFoodNutrient(FoodNutrient nutrient, Expression<Func<CustomFoodRequest, double?>> property)
    {
        var member = property.Body is MemberExpression { Member: PropertyInfo info } ? info : throw new ArgumentException($"'{property}' is not a property.", nameof(property));
        if (member.Name != nutrient.Name || nutrient.Max is null)
        {
            // Validation messages and form errors are keyed by the name, and the form promises a bound.
            throw new ArgumentException($"{member.Name} must be named {nutrient.Name} and have a bound.", nameof(property));
        }

        Nutrient = nutrient;
        Max = nutrient.Max.Value;
        Property = property;
        get = property.Compile();
        set = (request, value) => member.SetValue(request, value);
    }

    /// <summary>The prenatal nutrients, in the catalog's order; empty on the form means unknown, never 0.</summary>
    public static IReadOnlyList<CustomFoodNutrient> Prenatal { get; } =
    [
        new(FoodNutrients.FolateDfe, r => r.FolateDfeUg),
        new(FoodNutrients.Iron, r => r.IronMg),
        new(FoodNutrients.Choline, r => r.CholineMg),
        new(FoodNutrients.Dha, r => r.DhaG),
        new(FoodNutrients.Epa, r => r.EpaG),
        new(FoodNutrients.VitaminD, r => r.VitaminDUg),
        new(FoodNutrients.VitaminB12, r => r.VitaminB12Ug),
        new(FoodNutrients.Calcium, r => r.CalciumMg),
        new(FoodNutrients.Iodine, r => r.IodineUg),
    ];

    public FoodNutrient Nutrient { get; }

    /// <summary>The most 100 g can hold, in the nutrient's unit.</summary>
    public double Max { get; }

    public Expression<Func<CustomFoodRequest, double?>> Property { get; }

    public double? Get(CustomFoodRequest request) => get(request);

    public void Set(CustomFoodRequest request, double? value) => set(request, value);
}
