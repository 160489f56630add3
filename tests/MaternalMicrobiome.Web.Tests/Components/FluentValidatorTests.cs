using Bunit;
using MaternalMicrobiome.Data.Catalog;
using MaternalMicrobiome.Web.Components.Common;
using MaternalMicrobiome.Web.Features.Admin.Foods;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace MaternalMicrobiome.Web.Tests.Components;

/// <summary>
/// The validator's members for a field the model holds by name (a food's nutrients behind the request's indexer):
/// its messages show once the field is changed and go when it is fixed, like a field bound with <c>For</c>.
/// </summary>
public sealed class FluentValidatorTests : MudTestContext
{
    private static readonly string Fiber = FoodNutrients.Fiber.Name;

    private (FoodEditRequest Request, FluentValidator<FoodEditRequest> Validator) RenderOnFood()
    {
        var request = TestFoods.NewFood();
        var cut = Render<CascadingValue<EditContext>>(p => p
            .Add(x => x.Value, new EditContext(request))
            .AddChildContent<FluentValidator<FoodEditRequest>>());
        return (request, cut.FindComponent<FluentValidator<FoodEditRequest>>().Instance);
    }

    private async Task ChangeAsync(FluentValidator<FoodEditRequest> validator, FoodEditRequest request, FoodNutrient nutrient, double? value)
    {
        request[nutrient] = value;
        await Renderer.Dispatcher.InvokeAsync(() => validator.FieldChanged(nutrient.Name));
    }

    [Fact]
    public async Task A_named_fields_message_appears_while_she_edits_it_and_clears_when_she_fixes_it()
    {
        var (request, validator) = RenderOnFood();
        Assert.Null(validator.MessagesFor(Fiber));

        await ChangeAsync(validator, request, FoodNutrients.Fiber, -1);

        Assert.Equal("Fiber must not be negative.", validator.MessagesFor(Fiber));

        await ChangeAsync(validator, request, FoodNutrients.Fiber, 2);

        Assert.Null(validator.MessagesFor(Fiber));
    }

    [Fact]
    public async Task A_named_field_shows_every_one_of_its_messages_and_only_once_she_has_changed_it()
    {
        var (request, validator) = RenderOnFood();
        request[FoodNutrients.Water] = -5;

        await ChangeAsync(validator, request, FoodNutrients.Fiber, 150);

        Assert.Equal("Fiber must be at most 100 g per 100 g. Fiber must not be more than carbohydrate.", validator.MessagesFor(Fiber));
        // Water is wrong too, but she has not changed it yet.
        Assert.Null(validator.MessagesFor(FoodNutrients.Water.Name));
    }
}
