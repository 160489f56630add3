using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MaternalMicrobiome.EndToEnd.Tests;

/// <summary>The recipe form on My foods and recipes, as a mother fills it in.</summary>
public static class RecipeForm
{
    /// <summary>Opens a new recipe on My foods (which must be open and interactive) and names it; returns the form.</summary>
    public static async Task<ILocator> OpenNewAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Recipes (0)" }).ClickAsync();
        await page.GetByTestId("new-recipe").ClickAsync();
        var form = page.GetByTestId("recipe-form");
        await Expect(form).ToBeVisibleAsync();
        await InputOf(form, "recipe-name").FillAsync(name);
        return form;
    }

    /// <summary>Searches an ingredient, chooses it, types its grams and adds it; waits for the new line.</summary>
    public static async Task AddIngredientAsync(IPage page, ILocator form, string search, string foodName, double grams)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(form);
        var before = await form.GetByTestId("ingredient").CountAsync();
        var input = InputOf(form, "ingredient-search");
        await input.FillAsync(search);
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { Has = page.GetByText(foodName, new() { Exact = true }) }).ClickAsync();
        await Expect(input).ToHaveValueAsync(foodName);

        var amount = InputOf(form, "ingredient-grams");
        await Expect(amount).ToBeEnabledAsync();
        var text = grams.ToString(CultureInfo.InvariantCulture);
        await amount.FillAsync(text);
        await amount.PressAsync("Tab");
        await Expect(amount).ToHaveValueAsync(text);

        await form.GetByTestId("add-ingredient").ClickAsync();
        var line = form.GetByTestId("ingredient");
        await Expect(line).ToHaveCountAsync(before + 1);
        await Expect(line.Filter(new() { HasText = foodName }).Locator("input")).ToHaveValueAsync(text);
    }

    /// <summary>Saves the form and waits for the recipe in the list.</summary>
    public static async Task SaveAsync(IPage page, ILocator form, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(form);
        await form.GetByTestId("save-recipe").ClickAsync();
        await Expect(form).Not.ToBeAttachedAsync();
        await Expect(page.GetByTestId("recipe").Filter(new() { HasText = name })).ToHaveCountAsync(1);
    }

    /// <summary>The input of a Mud field; MudBlazor 9 puts the data-testid on the input itself, older versions on the wrapper.</summary>
    public static ILocator InputOf(ILocator scope, string testId)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;
    }
}
