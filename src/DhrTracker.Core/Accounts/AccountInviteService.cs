using DhrTracker.Core.Access;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reminders;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Core.Accounts;

/// <summary>
/// Administrators invite people: the account is created with no password, and a single-use link
/// valid for 72 hours lets the person choose one (<see cref="InvitationService"/>). Nobody ever
/// sees or sends a password.
/// </summary>
/// <remarks>
/// The email is sent before the transaction commits: if it cannot be sent, nothing is created and
/// the Administrator simply tries again; if the commit fails after sending, the link in that email
/// is unknown and says so. The cost is a transaction held open during the mail exchange, acceptable
/// for a rare administrative action.
/// </remarks>
public sealed class AccountInviteService(
    IServiceScopeFactory scopes,
    CurrentUserLoader currentUser,
    IValidator<InviteAccountInput> validator,
    IMailSink mail)
{
    public const string EmailInUse = "An account already uses this email address.";

    private const string InvalidCharacters = "This email address has characters an account cannot use: only letters, digits and - . _ @ + are allowed.";

    /// <summary>Creates the account, its role and its invitation, and emails the link; returns the new account's id.</summary>
    public async Task<Result<string>> InviteAsync(InviteAccountInput input, string linkBase, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var work = await AccountWork.BeginAsync(scopes, ct);
        var partnershipId = user.PartnershipId ?? input.PartnershipId;
        if (!AccountAccess.CanAdminister(user) || (user.PartnershipId is not null && input.PartnershipId is { } asked && asked != user.PartnershipId))
        {
            await work.DenyAsync(user, AccountAuditActions.InvitationSent, "", ct);
        }

        var errors = (await validator.ValidateAsync(input, ct)).Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage)).ToList();
        if (partnershipId is null)
        {
            errors.Add(new(nameof(InviteAccountInput.PartnershipId), "Choose the partnership the new account belongs to."));
        }

        if (errors.Count > 0)
        {
            return Result<string>.Refused(errors);
        }

        var partnership = await work.Db.Partnerships.AsNoTracking().SingleOrDefaultAsync(p => p.Id == partnershipId, ct);
        if (partnership is null || !AccountAccess.CanInviteInto(user, partnership.Id))
        {
            await work.DenyAsync(user, AccountAuditActions.InvitationSent, "", ct);
        }

        var email = input.Email.Trim();
        if (await work.Users.FindByEmailAsync(email) is not null || await work.Users.FindByNameAsync(email) is not null)
        {
            errors.Add(new(nameof(InviteAccountInput.Email), EmailInUse));
        }

        if (input.AgencyId is { } agencyId && !await work.Db.Agencies.AnyAsync(a => a.Id == agencyId && a.PartnershipId == partnership!.Id && a.IsActive, ct))
        {
            errors.Add(new(nameof(InviteAccountInput.AgencyId), AccountRoleRules.AgencyNotOnRegister));
        }

        if (errors.Count > 0)
        {
            return Result<string>.Refused(errors);
        }

        var account = new AppUser
        {
            UserName = email,
            Email = email,
            DisplayName = input.DisplayName.Trim(),
            PartnershipId = partnership!.Id,
            AgencyId = input.AgencyId,
            ExcludedFromPanels = !input.PanelEligible,
        };
        var created = await work.Users.CreateAsync(account);
        if (!created.Succeeded)
        {
            // The email is also the user name, whose characters Identity limits.
            return Result<string>.Refused(created.Errors.Select(e => new FieldError(nameof(InviteAccountInput.Email),
                e.Code == nameof(IdentityErrorDescriber.InvalidUserName) ? InvalidCharacters : e.Description)));
        }

        IdentityRefusal.ThrowIfFailed(await work.Users.AddToRoleAsync(account, input.Role));
        var agencyName = input.AgencyId is { } id ? await work.Db.Agencies.Where(a => a.Id == id).Select(a => a.Name).SingleAsync(ct) : "(none)";
        await SendInvitationAsync(work, user, account, partnership.Name,
            $"New account: role {input.Role}; agency {agencyName}; panel eligible {(input.PanelEligible ? "yes" : "no")}", linkBase, ct);
        await work.CommitAsync(ct);
        return Result<string>.Ok(account.Id);
    }

    /// <summary>
    /// A new link for an account that has not been set up yet; every earlier link stops working.
    /// Returns when the new link expires.
    /// </summary>
    public async Task<Result<DateTime>> ResendInvitationAsync(string userId, string linkBase, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var work = await AccountWork.BeginAsync(scopes, ct);
        var account = await work.ManageableAsync(user, userId, AccountAuditActions.InvitationSent, ct);
        if (account.PasswordHash is not null)
        {
            return Result<DateTime>.Refused("", "This account has already been set up, so there is no invitation to send. If they cannot sign in, reset their two-factor authentication or ask them to contact you.");
        }

        if (account.DisabledUtc is not null)
        {
            return Result<DateTime>.Refused("", "This account is disabled. Enable it before sending a new invitation.");
        }

        await work.RevokeInvitationsAsync(userId, ct);
        var partnershipName = await work.Db.Partnerships.Where(p => p.Id == account.PartnershipId).Select(p => p.Name).SingleOrDefaultAsync(ct);
        var expires = await SendInvitationAsync(work, user, account, partnershipName ?? "the installation",
            "Invitation sent again; earlier links revoked", linkBase, ct);
        await work.CommitAsync(ct);
        return Result<DateTime>.Ok(expires);
    }

    private async Task<DateTime> SendInvitationAsync(AccountWork work, CurrentUser user, AppUser account, string partnershipName,
        string detail, string linkBase, CancellationToken ct)
    {
        var invitation = InvitationTokens.NewInvitation(account.Id, user.UserId, work.UtcNow, out var token);
        var link = InvitationTokens.Link(linkBase, token);
        work.Db.AccountInvitations.Add(invitation);
        work.Audit(user, AccountAuditActions.InvitationSent, account.Id, $"{detail}; link valid until {UkDates.FormatUtc(invitation.ExpiresUtc)}");
        await work.Db.SaveChangesAsync(ct);
        await mail.SendAsync(InvitationMail.For(account.Email!, account.DisplayName, partnershipName, link, invitation.ExpiresUtc), ct);
        return invitation.ExpiresUtc;
    }
}
