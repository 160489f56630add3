using Bunit;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Features.Today;

namespace MaternalMicrobiome.Web.Tests.Components;

public sealed class EntryListTests : MudTestContext
{
    private static readonly EntryView Kefir = new(7, MealSlot.Drink, 2, "Kefir, plain, lowfat", Quantity.Portions(1, "1 cup"), 243, null);
    private static readonly EntryView Lentils = new(8, MealSlot.Lunch, 1, "Lentils, cooked", Quantity.Grams(200), 200, "with onion");

    [Fact]
    public void An_empty_day_shows_the_empty_state()
    {
        var cut = Render<EntryList>(p => p.Add(x => x.Entries, []));

        Assert.NotNull(cut.Find("[data-testid=empty-day]"));
    }

    [Fact]
    public void Entries_are_grouped_by_meal_in_meal_order_with_their_amounts()
    {
        var cut = Render<EntryList>(p => p.Add(x => x.Entries, [Kefir, Lentils]));

        var headings = cut.FindAll("h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Lunch", "Drink"], headings);
        var entries = cut.FindAll("[data-testid=entry]");
        Assert.Contains("1 × 1 cup · 243 g", entries[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("with onion", entries[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mother_using_us_measures_sees_ounces_beside_grams()
    {
        var cut = Render<EntryList>(p => p.Add(x => x.Entries, [Lentils]).Add(x => x.Units, MaternalMicrobiome.Domain.Profiles.MeasurementUnits.UsCustomary));

        Assert.Contains("200 g (7.1 oz)", cut.Find("[data-testid=entry]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Delete_and_edit_buttons_report_their_entry_and_are_labelled_for_screen_readers()
    {
        EntryView? deleted = null;
        EntryView? edited = null;
        var cut = Render<EntryList>(p => p
            .Add(x => x.Entries, [Lentils])
            .Add(x => x.OnDelete, (EntryView e) => deleted = e)
            .Add(x => x.OnEdit, (EntryView e) => edited = e));

        cut.Find("[data-testid=delete-entry]").Click();
        cut.Find("[data-testid=edit-entry]").Click();

        Assert.Equal(Lentils, deleted);
        Assert.Equal(Lentils, edited);
        Assert.Equal("Delete Lentils, cooked", cut.Find("[data-testid=delete-entry]").GetAttribute("aria-label"));
    }
}
