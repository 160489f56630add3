using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Profiles;
using Microsoft.AspNetCore.Identity;

namespace MaternalMicrobiome.Web.Features.Account;

/// <summary>
/// Creates accounts: the user, her role and (for a mother) her profile, in one transaction. A self-registered account
/// starts unconfirmed (she opens the mailed link before she can sign in); accounts the app makes itself (demo accounts)
/// are created confirmed.
/// </summary>
public sealed class AccountService(UserManager<AppUser> userManager, AppDbContext db, TimeProvider clock)
{
    public async Task<(IdentityResult Result, AppUser? User)> CreateAsync(
        string email, string displayName, string password, string role, MotherProfile? profile, bool emailConfirmed)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = emailConfirmed,
            DisplayName = displayName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };

        var result = await userManager.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await userManager.AddToRoleAsync(user, role);
        }

        if (!result.Succeeded)
        {
            await transaction.RollbackAsync();
            return (result, null);
        }

        if (profile is not null)
        {
            profile.UserId = user.Id;
            db.MotherProfiles.Add(profile);
            await db.SaveChangesAsync();
        }

        await transaction.CommitAsync();
        return (result, user);
    }
}
