using System.Security.Claims;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Application;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Features.Notifications;

/// <summary>The signed-in mother's or nutritionist's own mail switches; admins get no such mail.</summary>
public sealed class NotificationSettingsService(IDbContextFactory<AppDbContext> dbFactory, CurrentUser currentUser)
{
    public async Task<NotificationSettings> GetAsync(CancellationToken cancellationToken = default)
    {
        var userId = await RequireMemberAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.Where(u => u.Id == userId)
            .Select(u => new NotificationSettings { OnComment = u.NotifyOnComment, OnLinkEnd = u.NotifyOnLinkEnd })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Your account no longer exists.");
    }

    public async Task SaveAsync(NotificationSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var userId = await RequireMemberAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var saved = await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.NotifyOnComment, settings.OnComment).SetProperty(u => u.NotifyOnLinkEnd, settings.OnLinkEnd), cancellationToken);
        if (saved != 1)
        {
            throw new NotFoundException("Your account no longer exists.");
        }
    }

    private async Task<string> RequireMemberAsync()
    {
        var principal = await currentUser.GetPrincipalAsync();
        if (principal.IsInRole(Roles.Nutritionist))
        {
            return principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new AccessDeniedException("Please sign in.");
        }

        return await currentUser.RequireAsync(Roles.Mother);
    }
}
