using System.Text.RegularExpressions;
using DhrTracker.Core.Data;
using DhrTracker.Core.Family;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DhrTracker.E2ETests.Observability;

/// <summary>
/// Issue 15 item 7 (ADR 0397): a coordinator records a victim's and a relative's names, and the server's log of that
/// journey holds ids, never a pseudonym, a real name or an email, even with every category logged at Information.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LogsCarryNoPersonalDataFlowTests(BrowserFixture browser)
{
    private const string VictimPseudonym = "Wren Obsidian";
    private const string VictimRealName = "Tamsin Quillfeather (synthetic)";
    private const string RelativePseudonym = "Brother Obsidian";
    private const string RelativeRealName = "Ambrose Quillfeather (synthetic)";
    private const string RelativeContact = "ambrose.quillfeather@example.invalid";

    [Fact]
    public async Task A_coordinator_records_names_and_the_server_log_holds_none_of_them()
    {
        using var recording = browser.App.Logs.Record();
        var id = (await browser.App.AddHeldReviewAsync("OBS", monthsAgo: 3)).Id;
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("coordinator@demo.invalid");
        await user.GotoAsync($"/reviews/{id}");

        await page.GetByRole(AriaRole.Tab, new() { Name = "People" }).ClickAsync();
        await page.GetByTestId("add-victim").ClickAsync();
        await page.GetByLabel("Pseudonym", new() { Exact = true }).FillAsync(VictimPseudonym);
        await page.GetByLabel("Real name (restricted)").FillAsync(VictimRealName);
        await page.GetByLabel("Age at death").FillAsync("47");
        await page.ChooseAsync(page.GetByTestId("select-PseudonymChoice"), "Agreed with the family");
        await page.GetByTestId("save-victim").ClickAsync();
        await Assertions.Expect(page.GetByTestId("save-victim")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Tab, new() { Name = "Family", Exact = true }).ClickAsync();
        await page.GetByTestId("add-family-member").ClickAsync();
        await page.GetByLabel("Pseudonym", new() { Exact = true }).FillAsync(RelativePseudonym);
        await page.GetByLabel("Real name (restricted)").FillAsync(RelativeRealName);
        await page.GetByLabel("Contact details (restricted)").FillAsync(RelativeContact);
        await page.ChooseInFieldAsync("Role", "Sibling");
        await page.GetByTestId("save-family-member").ClickAsync();
        await Assertions.Expect(page.GetByTestId("family-member-row")).ToContainTextAsync($"Sibling: {RelativePseudonym}");

        var personal = await PersonalDataAsync();
        Assert.Contains(VictimRealName, personal);
        Assert.Contains(RelativeContact, personal);
        var lines = recording.Lines;
        // Information lines from the app and the framework (requests, SQL) were captured: a leak there would be seen.
        Assert.Contains(lines, l => l.Level == LogLevel.Information && l.Category.StartsWith("Microsoft.EntityFrameworkCore.Database.Command", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Level == LogLevel.Information && l.Category.StartsWith("Microsoft.AspNetCore.Hosting", StringComparison.Ordinal));
        var leaks = lines.SelectMany(line => personal.Where(value => Mentions(line.Text, value)).Select(value => $"'{value}' in [{line.Level} {line.Category}] {line.Text}")).ToList();
        Assert.True(leaks.Count == 0, $"{leaks.Count} log lines carry personal data:\n{string.Join("\n---\n", leaks.Take(10))}");
    }

    /// <summary>As a whole word, so a pseudonym such as "Jo" is not found inside "JobLeases".</summary>
    private static bool Mentions(string text, string value) =>
        Regex.IsMatch(text, $@"(?<![\w]){Regex.Escape(value)}(?![\w])", RegexOptions.CultureInvariant);


    /// <summary>Every pseudonym, real name and contact of a person, and every account's email, now in the app's database.</summary>
    private async Task<HashSet<string>> PersonalDataAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var values = new List<string?>();
        values.AddRange(await db.Victims.IgnoreQueryFilters().Select(v => v.Pseudonym).ToListAsync());
        values.AddRange(await db.Victims.IgnoreQueryFilters().Select(v => v.RealName).ToListAsync());
        values.AddRange(await db.Perpetrators.IgnoreQueryFilters().Select(p => p.Pseudonym).ToListAsync());
        values.AddRange(await db.Perpetrators.IgnoreQueryFilters().Select(p => p.RealName).ToListAsync());
        values.AddRange(await db.Set<FamilyMember>().IgnoreQueryFilters().Select(f => f.Pseudonym).ToListAsync());
        values.AddRange(await db.Set<FamilyMember>().IgnoreQueryFilters().Select(f => f.RealName).ToListAsync());
        values.AddRange(await db.Set<FamilyMember>().IgnoreQueryFilters().Select(f => f.ContactDetails).ToListAsync());
        values.AddRange(await db.Users.Select(u => u.Email).ToListAsync());
        values.AddRange(await db.Users.Select(u => u.NormalizedEmail).ToListAsync());
        return [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim())];
    }

}
