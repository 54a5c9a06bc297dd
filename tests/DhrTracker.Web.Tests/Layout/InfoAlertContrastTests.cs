using System.Globalization;
using System.Text.RegularExpressions;
using DhrTracker.Web.Tests.Infrastructure;

namespace DhrTracker.Web.Tests.Layout;

/// <summary>Issue 16: info alerts (MudBlazor's own colours measured 3.82:1) meet WCAG AA's 4.5:1 for text, as app.css serves them.</summary>
public sealed partial class InfoAlertContrastTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData(".mud-alert-text-info")]
    [InlineData(".mud-alert-outlined-info")]
    [InlineData(".mud-alert-filled-info")]
    public async Task Info_alert_text_meets_AA_contrast_on_its_background(string selector)
    {
        var css = Comments().Replace(await factory.NewClient().GetStringAsync("/app.css", TestContext.Current.CancellationToken), "");

        var rule = Rules().Matches(css).Single(m => m.Groups["selectors"].Value.Split(',').Select(s => s.Trim()).Contains(selector));
        var text = Colour().Match(rule.Groups["body"].Value, 0).Groups["hex"].Value;
        var background = BackgroundColour().Match(rule.Groups["body"].Value).Groups["hex"].Value;

        Assert.True(ContrastRatio(text, background) >= 4.5, $"{selector}: {text} on {background} is {ContrastRatio(text, background):0.00}:1");
    }

    [Fact]
    public void The_ratio_is_computed_as_WCAG_defines_it()
    {
        Assert.Equal(21, ContrastRatio("#000000", "#ffffff"), 2);
        Assert.Equal(10.86, ContrastRatio("#003078", "#e8f1fa"), 2);
    }

    private static double ContrastRatio(string a, string b)
    {
        var (lighter, darker) = (Math.Max(Luminance(a), Luminance(b)), Math.Min(Luminance(a), Luminance(b)));
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int i)
        {
            var c = int.Parse(hex.AsSpan(1 + (2 * i), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(1)) + (0.0722 * Channel(2));
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"(?<selectors>[^{}]+)\{(?<body>[^}]*)\}")]
    private static partial Regex Rules();

    [GeneratedRegex(@"(?<![-\w])color:\s*(?<hex>#[0-9a-fA-F]{6})")]
    private static partial Regex Colour();

    [GeneratedRegex(@"background-color:\s*(?<hex>#[0-9a-fA-F]{6})")]
    private static partial Regex BackgroundColour();
}
