using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace MaternalMicrobiome.Web.Tests.Components;

/// <summary>A page body that throws what <see cref="Next"/> gives while it renders, or shows "Page content" when that is null.</summary>
public sealed class ThrowingPage : ComponentBase
{
    [Parameter]
    public Func<Exception?> Next { get; set; } = () => null;

    protected override void OnInitialized()
    {
        if (Next() is { } exception)
        {
            throw exception;
        }
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddMarkupContent(0, "<p data-testid=\"page-content\">Page content</p>");
    }
}
