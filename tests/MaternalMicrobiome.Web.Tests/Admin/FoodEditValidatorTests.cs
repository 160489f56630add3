using FluentValidation;
using MaternalMicrobiome.Data.Catalog;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Features.Admin.Foods;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Admin;

/// <summary>The editor's rules, each message naming its field, as the service enforces them.</summary>
public sealed class FoodEditValidatorTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    public static TheoryData<string, string, string> BadFoods => new()
    {
        { "negative fiber", FoodNutrients.Fiber.Name, "Fiber must not be negative." },
        { "fiber above carbohydrate", FoodNutrients.Fiber.Name, "Fiber must not be more than carbohydrate." },
        { "bad species key", nameof(FoodEditRequest.PlantSpecies), "Plant species: 'Allium cepa' is not a species key such as allium-cepa (lower-case words joined by hyphens)." },
        { "0 g portion", "Portions[0].Grams", "Portion 1: grams must be more than 0." },
        { "portion without description", "Portions[0].Description", "Portion 1: a description is required, such as 1 cup." },
        { "added above total sugars", FoodNutrients.AddedSugars.Name, "Added sugars must not be more than total sugars." },
        { "macros above 100 g", FoodNutrients.Carbohydrate.Name, "Protein, carbohydrate and alcohol together must be at most 100 g per 100 g." },
        { "water above 100 g", FoodNutrients.Water.Name, "Water must be at most 100 g per 100 g." },
        { "NOVA 5", nameof(FoodEditRequest.NovaGroup), "NOVA group must be 1, 2, 3 or 4." },
        { "no name", nameof(FoodEditRequest.Name), "Name is required." },
        { "bad key", nameof(FoodEditRequest.Key), "Key must start with usda- or mm- followed by lower-case letters, digits and hyphens, such as mm-sauerkraut." },
    };

    private static FoodEditRequest Make(string problem)
    {
        var food = TestFoods.NewFood();
        switch (problem)
        {
            case "negative fiber": food[FoodNutrients.Fiber] = -1; break;
            case "fiber above carbohydrate": food[FoodNutrients.Fiber] = 12; food[FoodNutrients.Carbohydrate] = 10; break;
            case "bad species key": food.PlantSpecies = "brassica-oleracea; Allium cepa"; break;
            case "0 g portion": food.Portions[0].Grams = 0; break;
            case "portion without description": food.Portions[0].Description = " "; break;
            case "added above total sugars": food[FoodNutrients.AddedSugars] = 3; food[FoodNutrients.TotalSugars] = 2; break;
            case "macros above 100 g": food[FoodNutrients.Protein] = 40; food[FoodNutrients.Carbohydrate] = 50; food[FoodNutrients.Alcohol] = 15; food[FoodNutrients.Fiber] = 1; food[FoodNutrients.TotalSugars] = 1; break;
            case "water above 100 g": food[FoodNutrients.Water] = 101; break;
            case "NOVA 5": food.NovaGroup = 5; break;
            case "no name": food.Name = string.Empty; break;
            case "bad key": food.Key = "Sauerkraut 2"; break;
            default: throw new ArgumentOutOfRangeException(nameof(problem), problem, null);
        }

        return food;
    }

    [Theory]
    [MemberData(nameof(BadFoods))]
    public void The_validator_names_the_field_in_its_message(string problem, string property, string message)
    {
        var validator = factory.Services.GetRequiredService<IValidator<FoodEditRequest>>();

        var result = validator.Validate(Make(problem));

        var error = Assert.Single(result.Errors);
        Assert.Equal(property, error.PropertyName);
        Assert.Equal(message, error.ErrorMessage);
    }

    [Fact]
    public void A_valid_food_and_a_seeded_milk_whose_sugars_slightly_exceed_carbohydrate_pass()
    {
        var validator = factory.Services.GetRequiredService<IValidator<FoodEditRequest>>();
        var milk = TestFoods.NewFood();
        milk[FoodNutrients.Carbohydrate] = 4.8;
        milk[FoodNutrients.TotalSugars] = 5.05;
        milk[FoodNutrients.Fiber] = 0;

        Assert.True(validator.Validate(TestFoods.NewFood()).IsValid);
        Assert.True(validator.Validate(milk).IsValid);
    }

    [Fact]
    public async Task The_service_refuses_an_invalid_edit_and_saves_nothing()
    {
        _ = factory.Server;
        var admin = await Given.UserAsync(factory.Services, Roles.Admin);
        await using var scope = await Given.SignedInScopeAsync(factory.Services, admin);
        var service = scope.ServiceProvider.GetRequiredService<FoodAdminService>();
        var id = await service.CreateAsync(TestFoods.NewFood());
        var request = await service.GetForEditAsync(id);
        request[FoodNutrients.Fiber] = -2;
        request.Portions[0].Grams = 0;

        var error = await Assert.ThrowsAsync<ValidationException>(() => service.UpdateAsync(id, request));

        Assert.Contains(error.Errors, e => e.ErrorMessage == "Fiber must not be negative.");
        Assert.Contains(error.Errors, e => e.ErrorMessage == "Portion 1: grams must be more than 0.");
        var saved = await service.GetForEditAsync(id);
        Assert.Equal(2.9, saved[FoodNutrients.Fiber]);
        Assert.Equal(0, await Given.ReadAsync(factory.Services, db => db.AuditEntries.CountAsync(a => a.Action == "food.update" && a.EntityKey == saved.Key)));
    }
}
