using System.Security.Cryptography;
using DhrTracker.Core.Accounts;
using DhrTracker.Core.Partnerships;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Core.Identity;

/// <summary>
/// Creates accounts from the command line: the only way to make the first Administrator in
/// production (and the demo seed's way in Development). Administrators invite everyone else in the app.
/// </summary>
public sealed class UserAdmin(IServiceScopeFactory scopes, RoleManager<IdentityRole> roles, PartnershipAdmin partnerships)
{
    /// <summary>Who the audit row names for a demo account, seeded by the app itself in Development.</summary>
    public const string DemoSeedUserId = "demo-seed";

    public sealed record Created(string UserId, string Password, bool PasswordWasGenerated);

    public async Task<Result<Created>> CreateAsync(string email, string role, string? partnershipName, string? password,
        string? displayName = null, bool isDemo = false, string? agencyName = null)
    {
        var roleName = Roles.Find(role);
        if (roleName is null)
        {
            return Result<Created>.Refused("role", $"Role '{role}' does not exist. Use one of: {string.Join(", ", Roles.All)}.");
        }

        int? partnershipId = null;
        if (!string.IsNullOrWhiteSpace(partnershipName))
        {
            var partnership = await partnerships.FindByNameAsync(partnershipName);
            if (partnership is null)
            {
                return Result<Created>.Refused("partnership", $"No partnership is called '{partnershipName}'. Create it first with create-partnership.");
            }

            partnershipId = partnership.Id;
        }
        else if (roleName != Roles.Administrator)
        {
            return Result<Created>.Refused("partnership", $"A {roleName} must belong to a partnership: add --partnership NAME.");
        }

        int? agencyId = null;
        if (!string.IsNullOrWhiteSpace(agencyName))
        {
            agencyId = partnershipId is { } pid ? await partnerships.FindAgencyIdAsync(pid, agencyName) : null;
            if (agencyId is null)
            {
                return Result<Created>.Refused("agency", $"No agency called '{agencyName}' is on that partnership's register.");
            }
        }

        await RoleSeeder.EnsureRolesAsync(roles);
        var generated = string.IsNullOrEmpty(password);
        password = generated ? GeneratePassword() : password;
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? email : displayName,
            PartnershipId = partnershipId,
            AgencyId = agencyId,
            IsDemo = isDemo,
        };

        // Nothing partial: the account, its role and its audit row commit together or not at all.
        await using var work = await AccountWork.BeginAsync(scopes, default);
        var result = await work.Users.CreateAsync(user, password!);
        if (result.Succeeded)
        {
            result = await work.Users.AddToRoleAsync(user, roleName);
        }

        if (!result.Succeeded)
        {
            return Result<Created>.Refused(result.Errors.Select(e => new FieldError(FieldFor(e.Code), e.Description)));
        }

        var actor = isDemo ? new CurrentUser(DemoSeedUserId, "demo seed", new HashSet<string>(), null) : DhrCommandIdentity.User;
        work.Audit(actor, AccountAuditActions.AccountCreated, user.Id,
            $"{(isDemo ? "Demo account seeded (Development only)" : "Created with the dhr command")}: role {roleName}");
        await work.CommitAsync(default);
        return Result<Created>.Ok(new Created(user.Id, password!, generated));
    }

    private static string FieldFor(string code) => code.Contains("Password", StringComparison.OrdinalIgnoreCase) ? "password" : "email";

    /// <summary>20 random characters from an alphabet without look-alikes: about 114 bits.</summary>
    private static string GeneratePassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, 20);
    }
}
