using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Catalog;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Web.Features.Admin.Foods;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Tests.BadInput;

/// <summary>The admin food editor, through <see cref="FoodAdminService"/>.</summary>
public sealed class FoodEditorBadInputTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    public static BadInputTable<Action<FoodEditRequest>> Foods { get; } = new()
    {
        { "key empty", r => r.Key = string.Empty, "Key" },
        { "key 65 characters", r => r.Key = "mm-" + BadText.Repeated(62), "Key" },
        { "key upper case", r => r.Key = "Mm-Sauerkraut", "Key" },
        { "key without prefix", r => r.Key = "sauerkraut", "Key" },
        { "key with an underscore", r => r.Key = "mm-sauer_kraut", "Key" },
        { "key with accents", r => r.Key = "mm-crème", "Key" },
        { "key is script", r => r.Key = BadText.Script, "Key" },
        { "key is SQL", r => r.Key = BadText.Sql, "Key" },
        { "key with NUL", r => r.Key = "mm-kraut\0", "Key" },
        { "key already used", r => r.Key = "usda-08120", "Key" },
        { "name empty", r => r.Name = string.Empty, "Name" },
        { "name zero-width only", r => r.Name = BadText.ZeroWidthOnly, "Name" },
        { "name 201 characters", r => r.Name = BadText.Repeated(201), "Name" },
        { "name with NUL", r => r.Name = BadText.Nul, "Name" },
        { "name with a lone surrogate", r => r.Name = BadText.LoneSurrogate, "Name" },
        { "food group empty", r => r.FoodGroup = " ", "FoodGroup" },
        { "food group 101 characters", r => r.FoodGroup = BadText.Repeated(101), "FoodGroup" },
        { "food group with a bell", r => r.FoodGroup = BadText.Bell, "FoodGroup" },
        { "USDA id 11 characters", r => r.UsdaNdbId = "12345678901", "UsdaNdbId" },
        { "synonym 201 characters", r => r.Synonyms = "kraut; " + BadText.Repeated(201), "Synonyms" },
        { "synonyms with NUL", r => r.Synonyms = "kraut;\0", "Synonyms" },
        { "energy NaN", r => r[FoodNutrients.Energy] = double.NaN, "EnergyKcal" },
        { "energy negative", r => r[FoodNutrients.Energy] = -19, "EnergyKcal" },
        { "energy 911 kcal", r => r[FoodNutrients.Energy] = 911, "EnergyKcal" },
        { "protein +infinity", r => r[FoodNutrients.Protein] = double.PositiveInfinity, "ProteinG" },
        { "protein 101 g", r => r[FoodNutrients.Protein] = 101, "ProteinG" },
        { "macros over 100 g", r => (r[FoodNutrients.Protein], r[FoodNutrients.Carbohydrate]) = (60, 50), "CarbohydrateG" },
        { "fiber above carbohydrate", r => r[FoodNutrients.Fiber] = 5, "FiberG" },
        { "sugars above carbohydrate", r => r[FoodNutrients.TotalSugars] = 9, "TotalSugarsG" },
        { "added above total sugars", r => r[FoodNutrients.AddedSugars] = 3, "AddedSugarsG" },
        { "caffeine -infinity", r => r[FoodNutrients.Caffeine] = double.NegativeInfinity, "CaffeineMg" },
        { "alcohol negative", r => r[FoodNutrients.Alcohol] = -0.5, "AlcoholG" },
        { "folate NaN", r => r[FoodNutrients.FolateDfe] = double.NaN, "FolateDfeUg" },
        { "folate 10,001 µg", r => r[FoodNutrients.FolateDfe] = 10_001, "FolateDfeUg" },
        { "iron negative", r => r[FoodNutrients.Iron] = -1, "IronMg" },
        { "iodine +infinity", r => r[FoodNutrients.Iodine] = double.PositiveInfinity, "IodineUg" },
        { "DHA 101 g", r => r[FoodNutrients.Dha] = 101, "DhaG" },
        { "EPA negative", r => r[FoodNutrients.Epa] = -0.001, "EpaG" },
        { "choline 10,001 mg", r => r[FoodNutrients.Choline] = 10_001, "CholineMg" },
        { "vitamin D negative", r => r[FoodNutrients.VitaminD] = -1, "VitaminDUg" },
        { "vitamin B12 NaN", r => r[FoodNutrients.VitaminB12] = double.NaN, "VitaminB12Ug" },
        { "calcium 40,001 mg", r => r[FoodNutrients.Calcium] = 40_001, "CalciumMg" },
        { "serving zero", r => r.ServingGrams = 0, "ServingGrams" },
        { "serving NaN", r => r.ServingGrams = double.NaN, "ServingGrams" },
        { "serving 10,001 g", r => r.ServingGrams = 10_001, "ServingGrams" },
        { "species not a key", r => r.PlantSpecies = "Brassica oleracea", "PlantSpecies" },
        { "species is script", r => r.PlantSpecies = BadText.Script, "PlantSpecies" },
        { "plant points two", r => r.PlantPoints = 2, "PlantPoints" },
        { "plant points negative", r => r.PlantPoints = -0.25, "PlantPoints" },
        { "plant points NaN", r => r.PlantPoints = double.NaN, "PlantPoints" },
        { "NOVA zero", r => r.NovaGroup = 0, "NovaGroup" },
        { "NOVA int.MaxValue", r => r.NovaGroup = int.MaxValue, "NovaGroup" },
        { "colours unknown", r => r.Colours = (PlantColours)(1 << 30), "Colours" },
        { "pregnancy risks unknown", r => r.PregnancyRisks = (PregnancyRisks)(1 << 30), "PregnancyRisks" },
        { "curation note 1001 characters", r => r.CurationNote = BadText.Repeated(1001), "CurationNote" },
        { "curation note with NUL", r => r.CurationNote = "checked\0", "CurationNote" },
        { "51 portions", r => r.Portions = Enumerable.Range(1, 51).Select(i => new PortionEdit { Description = $"{i} cups", Grams = i }).ToList(), "Portions" },
        { "portion missing in the list", r => r.Portions = [null!], "Portions" },
        { "portion description with ';'", r => r.Portions = [new() { Description = "1 cup; 2 cups", Grams = 10 }], "Portions" },
        { "portion description with NUL", r => r.Portions = [new() { Description = "1\0cup", Grams = 10 }], "Portions" },
        { "portion description 201 characters", r => r.Portions = [new() { Description = BadText.Repeated(201), Grams = 10 }], "Portions" },
        { "portion grams NaN", r => r.Portions = [new() { Description = "1 cup", Grams = double.NaN }], "Portions" },
        { "portion grams 10,001", r => r.Portions = [new() { Description = "1 cup", Grams = 10_001 }], "Portions" },
    };

    public static TheoryData<string> Cases => Foods.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_food_is_refused_naming_the_field_and_nothing_is_saved(string name)
    {
        var bad = Foods[name];
        var admin = await BadInputSession.UserAsync(factory, Roles.Admin);
        var request = TestFoods.NewFood();
        bad.Input(request);

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<FoodAdminService>(factory, admin, foods => foods.CreateAsync(request)));
    }

    [Theory]
    [InlineData("name with NUL")]
    [InlineData("energy NaN")]
    [InlineData("portion grams NaN")]
    public async Task A_bad_edit_of_a_seeded_food_leaves_it_as_it_was(string name)
    {
        var bad = Foods[name];
        var admin = await BadInputSession.UserAsync(factory, Roles.Admin);
        var oats = await Given.FoodIdAsync(factory.Services, "usda-08120");
        var request = await BadInputSession.AsAsync<FoodAdminService, FoodEditRequest>(factory, admin, foods => foods.GetForEditAsync(oats));
        bad.Input(request);

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<FoodAdminService>(factory, admin, foods => foods.UpdateAsync(oats, request)),
            db => FingerprintAsync(db, oats));
    }

    private static async Task<string> FingerprintAsync(AppDbContext db, int foodId)
    {
        var f = await db.Foods.AsNoTracking().Include(x => x.Portions).SingleAsync(x => x.Id == foodId);
        return $"{f.Name}|{f.EnergyKcal}|{f.Version}|{f.EditedLocally}|{string.Join(',', f.Portions.OrderBy(p => p.Sequence).Select(p => $"{p.Description}={p.Grams}"))}";
    }
}
