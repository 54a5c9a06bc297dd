using MudBlazor;

namespace DhrTracker.Web.Components.Layout;

/// <summary>Colours chosen for WCAG 2.2 AA contrast on both palettes; system fonts (no font downloads).</summary>
public static class AppTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1d4f91",
            Secondary = "#5c2d91",
            AppbarBackground = "#1d4f91",
            TextSecondary = "#4a4a4a",
            Error = "#b3261e",
            // MudBlazor's own green, blue and orange fail 4.5:1 as text on white (e.g. an outlined status chip).
            Success = "#00703c",
            Info = "#1d70b8",
            Warning = "#8a4b00",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#90caf9",
            Secondary = "#ce93d8",
            Error = "#ff8a80",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Arial", "sans-serif"] },
        },
    };
}
