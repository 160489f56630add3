using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Domain.Tests.Catalog;

/// <summary>A recipe's per-100 g values are its ingredients' amounts spread over its weight, and nothing else.</summary>
public sealed class RecipeRollUpProperties
{
    private const double Tolerance = 1e-9;

    // Up to 10,000 per 100 g (folate, choline, vitamin D bounds) and 0.1 g to 10 kg of an ingredient.
    private static readonly Gen<double> Values = Gen.Choose(0, 1_000_000).Select(n => n / 100.0);
    private static readonly Gen<double> Grams = Gen.Choose(1, 100_000).Select(n => n / 10.0);

    private static readonly Gen<IngredientAmount> Known =
        from value in Values
        from grams in Grams
        select new IngredientAmount(value, grams);

    private static readonly Gen<IngredientAmount[]> KnownRecipes =
        from count in Gen.Choose(1, 12)
        from ingredients in Gen.ArrayOf(Known, count)
        select ingredients;

    private static readonly Gen<(IngredientAmount[] Recipe, int Unknown)> RecipesWithAnUnknown =
        from recipe in KnownRecipes
        from unknown in Gen.Choose(0, recipe.Length - 1)
        select (recipe.Select((i, n) => n == unknown ? i with { PerHundredGrams = null } : i).ToArray(), unknown);

    [Property]
    public Property The_recipe_holds_exactly_what_its_ingredients_bring_per_gram() =>
        Prop.ForAll(Arb.From(KnownRecipes), recipe =>
        {
            var perHundredGrams = RecipeRollUp.PerHundredGrams(recipe)!.Value;
            var brought = recipe.Sum(i => i.PerHundredGrams!.Value * i.Grams / 100);
            var held = perHundredGrams * recipe.Sum(i => i.Grams) / 100;
            return Close(held, brought);
        });

    [Property]
    public Property One_unknown_ingredient_makes_the_recipe_unknown_never_zero() =>
        Prop.ForAll(Arb.From(RecipesWithAnUnknown), c => RecipeRollUp.PerHundredGrams(c.Recipe) is null);

    [Property]
    public Property Scaling_every_ingredient_leaves_the_per_100_g_values_unchanged() =>
        Prop.ForAll(Arb.From(KnownRecipes), Arb.From(Gen.Choose(1, 10_000).Select(n => n / 100.0)), (recipe, factor) =>
        {
            var scaled = recipe.Select(i => i with { Grams = i.Grams * factor }).ToArray();
            return Close(RecipeRollUp.PerHundredGrams(scaled)!.Value, RecipeRollUp.PerHundredGrams(recipe)!.Value);
        });

    [Property]
    public Property The_older_columns_count_an_unknown_as_zero_and_agree_when_all_are_known() =>
        Prop.ForAll(Arb.From(RecipesWithAnUnknown), c =>
        {
            var asZero = c.Recipe.Select(i => i with { PerHundredGrams = i.PerHundredGrams ?? 0 }).ToArray();
            var lenient = RecipeRollUp.PerHundredGramsCountingUnknownAsZero(c.Recipe);
            return (c.Recipe.Length == 1 ? lenient is null : Close(lenient!.Value, RecipeRollUp.PerHundredGrams(asZero)!.Value))
                && Close(RecipeRollUp.PerHundredGramsCountingUnknownAsZero(asZero)!.Value, RecipeRollUp.PerHundredGrams(asZero)!.Value);
        });

    private static bool Close(double actual, double expected) =>
        Math.Abs(actual - expected) <= Tolerance * Math.Max(1, Math.Abs(expected));
}
