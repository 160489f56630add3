using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace MaternalMicrobiome.Web.Components.Common;

/// <summary>
/// MudBlazor's markup for small pieces, written out where a page repeats them: a render fragment is no component, so an
/// idle circuit keeps no render-tree buffers for it (a MudIcon costs about 4 KiB per circuit; docs/performance.md).
/// </summary>
public static class PlainMarkup
{
    /// <summary>A MudButton's start icon (small): put it first inside the button's <c>mud-button-label</c> span.</summary>
    public static RenderFragment ButtonStartIcon(string icon) => builder => StartIcon(builder, icon);

    private static void StartIcon(RenderTreeBuilder builder, string icon)
    {
        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "class", "mud-button-icon-start mud-button-icon-size-small");
        builder.OpenElement(2, "svg");
        builder.AddAttribute(3, "class", "mud-icon-root mud-svg-icon mud-icon-size-small");
        builder.AddAttribute(4, "focusable", "false");
        builder.AddAttribute(5, "viewBox", "0 0 24 24");
        builder.AddAttribute(6, "aria-hidden", "true");
        builder.AddMarkupContent(7, icon);
        builder.CloseElement();
        builder.CloseElement();
    }
}
