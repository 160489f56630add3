using static Microsoft.Playwright.Assertions;

namespace MaternalMicrobiome.EndToEnd.Tests;

[Collection(AppCollectionDefinition.Name)]
public sealed class SafetyWarningTests(AppFixture app)
{
    [Fact]
    public async Task Pregnant_mother_who_logs_brie_is_warned_about_soft_cheese_naming_it()
    {
        await app.WithPageAsync("safety-warning", async page =>
        {
            var today = await Mother.RegisterPregnantAsync(page);
            await Expect(today.Warnings).ToHaveCountAsync(0);

            await today.AddFoodAsync("brie", "Brie");

            var warning = today.Warnings.Filter(new() { HasText = "Soft cheese" });
            await Expect(warning).ToHaveCountAsync(1);
            await Expect(warning).ToBeVisibleAsync();
            await Expect(warning).ToContainTextAsync("Brie");
            await Expect(warning).ToHaveAttributeAsync("data-kind", "SoftCheese");
            await Expect(warning.GetByTestId("reference").First).ToBeVisibleAsync();
        });
    }
}
