namespace DhrTracker.E2ETests.Audit;

/// <summary>
/// Issue 10's journey (R15): a Coordinator opens a review, a panel member edits a finding, and the
/// Coordinator sees both on the review's Audit tab, while an Administrator finds them in /admin/audit
/// without ever seeing the finding's text. Both pages pass the accessibility scan.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AuditTrailFlowTests(BrowserFixture browser)
{
    private const string Review = "Northbridge DHR3";

    [Fact]
    public async Task Coordinator_sees_views_and_edits_on_the_audit_tab_and_an_administrator_finds_them_without_case_content()
    {
        var edited = $"The victim attended three appointments with anxiety; nobody asked about abuse at home (audit check {Guid.NewGuid():N}).";
        await using var coordinator = await browser.NewSessionAsync();
        await coordinator.SignInAsync("coordinator@demo.invalid");
        await OpenReviewAsync(coordinator);

        await using (var panel = await browser.NewSessionAsync())
        {
            await panel.SignInAsync("panel@demo.invalid");
            await OpenReviewAsync(panel);
            await Assertions.Expect(panel.Page.GetByRole(AriaRole.Tab, new() { Name = "Audit" })).ToHaveCountAsync(0);
            await panel.Page.GetByRole(AriaRole.Tab, new() { Name = "Findings" }).ClickAsync();
            var finding = panel.Page.GetByTestId("finding").Filter(new() { HasText = "three appointments" });
            await finding.GetByTestId("edit-finding").ClickAsync();
            await panel.Page.GetByLabel("Narrative", new() { Exact = true }).FillAsync(edited);
            await panel.Page.GetByTestId("save-finding").ClickAsync();
            await Assertions.Expect(panel.Page.GetByTestId("finding").Filter(new() { HasText = edited })).ToBeVisibleAsync();
        }

        var page = coordinator.Page;
        await page.GetByRole(AriaRole.Tab, new() { Name = "Audit" }).ClickAsync();
        var rows = page.Locator("tr.audit-row");
        await Assertions.Expect(rows.Filter(new() { HasText = "Viewed review" }).Filter(new() { HasText = "Demo Coordinator" }).First).ToBeVisibleAsync();
        var change = rows.Filter(new() { HasText = "Changed finding" }).Filter(new() { HasText = "Demo Panel Member" }).First;
        await Assertions.Expect(change).ToBeVisibleAsync();
        await Assertions.Expect(change).ToContainTextAsync("Narrative");
        await coordinator.AssertAccessibleAsync();

        // The filters: only the panel member's entries remain.
        await page.GetByLabel("User email").FillAsync("panel@demo.invalid");
        await page.GetByTestId("audit-search").ClickAsync();
        await Assertions.Expect(rows.Filter(new() { HasText = "Demo Coordinator" })).ToHaveCountAsync(0);
        await Assertions.Expect(rows.Filter(new() { HasText = "Changed finding" }).First).ToBeVisibleAsync();

        await using var admin = await browser.NewSessionAsync();
        await admin.SignInAsync("admin@demo.invalid");
        await admin.GotoAsync("/admin");
        await admin.Page.GetByTestId("admin-audit-link").ClickAsync();
        await Assertions.Expect(admin.Page.GetByRole(AriaRole.Heading, new() { Name = "Audit trail", Exact = true, Level = 1 })).ToBeVisibleAsync();
        await admin.Page.GetByLabel("User email").FillAsync("panel@demo.invalid");
        await admin.Page.GetByLabel("Review reference").FillAsync(Review);
        await admin.Page.GetByTestId("audit-search").ClickAsync();
        var found = admin.Page.Locator("tr.audit-row").Filter(new() { HasText = "Changed finding" }).First;
        await Assertions.Expect(found).ToBeVisibleAsync();
        await Assertions.Expect(found).ToContainTextAsync(Review);
        await Assertions.Expect(admin.Page.GetByTestId("audit-csv")).ToHaveAttributeAsync("href", "/exports/audit.csv?user=panel%40demo.invalid&reference=Northbridge%20DHR3");
        Assert.DoesNotContain("nobody asked about abuse at home", await admin.Page.ContentAsync(), StringComparison.Ordinal);
        await admin.AssertAccessibleAsync();

        await admin.GotoAsync("/admin/audit?user=coordinator%40demo.invalid&action=View");
        await Assertions.Expect(admin.Page.Locator("tr.audit-row").Filter(new() { HasText = "Viewed review" }).Filter(new() { HasText = Review }).First).ToBeVisibleAsync();

        // A bad search is named at the top of the form, and nothing breaks.
        await admin.Page.GetByLabel("User email").FillAsync("nobody@example.org");
        await admin.Page.GetByTestId("audit-search").ClickAsync();
        var summary = admin.Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "There is a problem" });
        await Assertions.Expect(summary).ToContainTextAsync("User email: nobody with the email address 'nobody@example.org'");
        await admin.AssertAccessibleAsync();
    }

    private static async Task OpenReviewAsync(UserSession user)
    {
        await user.GotoAsync("/reviews?q=DHR3");
        await user.Page.GetByRole(AriaRole.Link, new() { Name = Review, Exact = true }).ClickAsync();
        await Assertions.Expect(user.Page.GetByRole(AriaRole.Tab, new() { Name = "Findings" })).ToBeVisibleAsync();
    }
}
