using Bunit;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Web.Features.Profile;
using MaternalMicrobiome.Web.Tests.Components;
using MudBlazor;

namespace MaternalMicrobiome.Web.Tests.Profile;

public sealed class DislikedFoodsPickerTests : MudTestContext
{
    private static readonly DislikedFood Kale = new(11, "Kale, raw");
    private static readonly DislikedFood Liver = new(12, "Beef, liver, cooked");
    private static readonly SearchableFood KaleHit = new(11, "Kale, raw", [], "Vegetables");
    private static readonly SearchableFood KamutHit = new(13, "Kamut, cooked", [], "Cereal grains");

    private IReadOnlyList<DislikedFood> current = [];

    /// <summary>Renders the picker the way the profile page binds it: each change comes back as the new parameter.</summary>
    private IRenderedComponent<DislikedFoodsPicker> RenderPicker(IReadOnlyList<DislikedFood> foods)
    {
        current = foods;
        IRenderedComponent<DislikedFoodsPicker>? cut = null;
        cut = Render<DislikedFoodsPicker>(p => p
            .Add(x => x.Foods, foods)
            .Add(x => x.FoodsChanged, (IReadOnlyList<DislikedFood> changed) =>
            {
                current = changed;
                cut!.Render(q => q.Add(x => x.Foods, changed));
            })
            .Add(x => x.SearchFoods, (_, _) => Task.FromResult<IReadOnlyList<SearchableFood>>([KaleHit, KamutHit])));
        return cut;
    }

    [Fact]
    public void Without_dislikes_it_says_none_yet()
    {
        var cut = RenderPicker([]);

        Assert.NotNull(cut.Find("[data-testid=no-dislikes]"));
        Assert.Empty(cut.FindAll("[data-testid=disliked-food]"));
    }

    [Fact]
    public void Each_dislike_is_a_chip_whose_remove_button_names_the_food_and_removes_only_it()
    {
        var cut = RenderPicker([Liver, Kale]);

        Assert.Equal(["Beef, liver, cooked", "Kale, raw"], cut.FindAll("[data-testid=disliked-food]").Select(c => c.TextContent.Trim()));
        var remove = cut.Find("button[aria-label='Remove Kale, raw']");
        Assert.Null(remove.GetAttribute("tabindex"));

        remove.Click();

        Assert.Equal([Liver], current);
        Assert.Single(cut.FindAll("[data-testid=disliked-food]"));
        Assert.Equal("Removed Kale, raw from the foods you dislike.", cut.Find("[data-testid=dislike-status]").TextContent);
    }

    [Fact]
    public async Task Choosing_a_food_from_the_search_adds_it_once_and_the_search_leaves_out_foods_already_disliked()
    {
        var cut = RenderPicker([Liver]);
        var search = cut.FindComponent<MudAutocomplete<SearchableFood>>();

        await cut.InvokeAsync(() => search.Instance.ValueChanged.InvokeAsync(KaleHit));
        await cut.InvokeAsync(() => search.Instance.ValueChanged.InvokeAsync(KaleHit));

        Assert.Equal([Liver, Kale], current);
        Assert.Contains("Added Kale, raw", cut.Find("[data-testid=dislike-status]").TextContent, StringComparison.Ordinal);
        var searchFunc = search.Instance.SearchFunc;
        Assert.NotNull(searchFunc);
        var searching = searchFunc("ka", CancellationToken.None);
        Assert.NotNull(searching);
        Assert.Equal([KamutHit], await searching);
    }

    [Fact]
    public void At_the_cap_the_search_is_disabled_and_says_why()
    {
        var many = Enumerable.Range(1, ProfileRequestValidator.MaxDislikedFoods).Select(i => new DislikedFood(i, $"Food {i:000}")).ToList();

        var cut = RenderPicker(many);

        Assert.True(cut.Find("input[data-testid=dislike-search]").HasAttribute("disabled"));
        Assert.Contains($"At most {ProfileRequestValidator.MaxDislikedFoods}", cut.Markup, StringComparison.Ordinal);
    }
}
