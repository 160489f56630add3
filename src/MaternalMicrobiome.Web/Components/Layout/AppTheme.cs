using MudBlazor;

namespace MaternalMicrobiome.Web.Components.Layout;

/// <summary>Nourishing Two's palette: a garden green with a warm terracotta accent, in light and dark.</summary>
public static class AppTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#2E6B4F",
            Secondary = "#B4533A",
            Tertiary = "#6B5B95",
            AppbarBackground = "#2E6B4F",
            Background = "#FAF8F4",
            // Darker than MudBlazor's defaults so text and outlines on white reach WCAG AA contrast.
            Success = "#1B5E20",
            Warning = "#A15C00",
            Error = "#C62828",
            Info = "#1565C0",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#7CC6A0",
            Secondary = "#F0A08A",
            Tertiary = "#B7A6E0",
            AppbarBackground = "#1E3A2D",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"] },
        },
    };
}
