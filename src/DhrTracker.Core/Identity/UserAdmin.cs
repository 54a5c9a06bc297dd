using System.Security.Cryptography;
using DhrTracker.Core.Partnerships;
using Microsoft.AspNetCore.Identity;

namespace DhrTracker.Core.Identity;

/// <summary>Creates accounts from the command line: the only way to make the first Administrator in production.</summary>
public sealed class UserAdmin(UserManager<AppUser> users, RoleManager<IdentityRole> roles, PartnershipAdmin partnerships)
{
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

        var result = await users.CreateAsync(user, password!);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, roleName);
            if (!result.Succeeded)
            {
                // Nothing partial: an account without its role would be a half-made user.
                await users.DeleteAsync(user);
            }
        }

        return result.Succeeded
            ? Result<Created>.Ok(new Created(user.Id, password!, generated))
            : Result<Created>.Refused(result.Errors.Select(e => new FieldError(FieldFor(e.Code), e.Description)));
    }

    private static string FieldFor(string code) => code.Contains("Password", StringComparison.OrdinalIgnoreCase) ? "password" : "email";

    /// <summary>20 random characters from an alphabet without look-alikes: about 114 bits.</summary>
    private static string GeneratePassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, 20);
    }
}
