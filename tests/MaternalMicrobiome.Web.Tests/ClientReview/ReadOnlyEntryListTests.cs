using Bunit;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Features.Today;
using MaternalMicrobiome.Web.Tests.Components;

namespace MaternalMicrobiome.Web.Tests.ClientReview;

public sealed class ReadOnlyEntryListTests : MudTestContext
{
    private static readonly EntryView Lentils = new(8, MealSlot.Lunch, 1, "Lentils, cooked", Quantity.Grams(200), 200, null);

    [Fact]
    public void A_read_only_list_has_no_edit_or_delete_but_opens_an_entrys_comments()
    {
        EntryView? opened = null;
        var cut = Render<EntryList>(p => p.Add(x => x.Entries, [Lentils]).Add(x => x.ReadOnly, true).Add(x => x.OnComment, (EntryView e) => opened = e));

        Assert.Empty(cut.FindAll("[data-testid=edit-entry]"));
        Assert.Empty(cut.FindAll("[data-testid=delete-entry]"));
        var comment = cut.Find("[data-testid=comment-entry]");
        Assert.Equal("Comments on Lentils, cooked", comment.GetAttribute("aria-label"));
        comment.Click();
        Assert.Equal(Lentils, opened);
    }

    [Fact]
    public void Without_a_comment_handler_there_is_no_comment_button()
    {
        var cut = Render<EntryList>(p => p.Add(x => x.Entries, [Lentils]));

        Assert.Empty(cut.FindAll("[data-testid=comment-entry]"));
        Assert.NotNull(cut.Find("[data-testid=edit-entry]"));
    }
}
