using System.Linq.Expressions;
using System.Reflection;
using CsvHelper.Configuration.Attributes;
using MaternalMicrobiome.Data.Seeding;
using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Data.Catalog;

/// <summary>
/// One nutrient of a catalog food, per 100 g: its <see cref="Food"/> property, its seed CSV column, the label and
/// unit people read, and the most 100 g can hold. A null value is unknown, never 0. Rows live in <see cref="FoodNutrients"/>.
/// </summary>
public sealed class FoodNutrient
{
    private readonly Func<Food, double?> getFood;
    private readonly Action<Food, double?> setFood;
    private readonly Func<FoodSeedRow, double?> getRow;
    private readonly Action<FoodSeedRow, double?> setRow;

    internal FoodNutrient(
        Expression<Func<Food, double?>> food, Expression<Func<FoodSeedRow, double?>> row, string label, string unit, double? max, string seedFile)
    {
        var foodProperty = PropertyOf(food);
        var rowProperty = PropertyOf(row);
        Name = foodProperty.Name;
        Column = rowProperty.GetCustomAttribute<NameAttribute>()?.Names[0]
            ?? throw new ArgumentException($"{nameof(FoodSeedRow)}.{rowProperty.Name} has no CSV column name.", nameof(row));
        Label = label;
        Unit = unit;
        Max = max;
        SeedFile = seedFile;
        (getFood, setFood) = Accessors<Food>(foodProperty);
        (getRow, setRow) = Accessors<FoodSeedRow>(rowProperty);
    }

    /// <summary>The <see cref="Food"/> property, such as <c>FiberG</c>; also the name validators report it under.</summary>
    public string Name { get; }

    /// <summary>The seed and admin CSV column, such as <c>fiber_g</c>.</summary>
    public string Column { get; }

    /// <summary>What people read, such as <c>Fiber</c>: editor labels and validation messages.</summary>
    public string Label { get; }

    public string Unit { get; }

    /// <summary>The most 100 g of food can hold, in <see cref="Unit"/>; null when there is no such bound.</summary>
    public double? Max { get; }

    /// <summary>The seed file whose column holds the value (<c>foods.csv</c>, or the prenatal nutrients extract).</summary>
    public string SeedFile { get; }

    public double? Get(Food food) => getFood(food);

    public void Set(Food food, double? value) => setFood(food, value);

    public double? Get(FoodSeedRow row) => getRow(row);

    public void Set(FoodSeedRow row, double? value) => setRow(row, value);

    public override string ToString() => Name;

    private static PropertyInfo PropertyOf(LambdaExpression expression) =>
        expression.Body is MemberExpression { Member: PropertyInfo property }
            ? property
            : throw new ArgumentException($"'{expression}' is not a property.", nameof(expression));

    private static (Func<T, double?> Get, Action<T, double?> Set) Accessors<T>(PropertyInfo property)
    {
        var target = Expression.Parameter(typeof(T), "target");
        var value = Expression.Parameter(typeof(double?), "value");
        var member = Expression.Property(target, property);
        return (
            Expression.Lambda<Func<T, double?>>(member, target).Compile(),
            Expression.Lambda<Action<T, double?>>(Expression.Assign(member, value), target, value).Compile());
    }
}
