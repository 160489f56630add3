using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Practice;
using MaternalMicrobiome.Web.Application;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Features.PracticeDetails;

/// <summary>The signed-in nutritionist's own practice details, printed on her weekly reports.</summary>
public sealed class PracticeDetailsService(IDbContextFactory<AppDbContext> dbFactory, CurrentUser currentUser, IValidator<PracticeDetailsRequest> validator)
{
    public async Task<PracticeDetailsRequest> GetAsync(CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.RequireAsync(Roles.Nutritionist);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await (
                from u in db.Users
                where u.Id == userId
                join p in db.PractitionerProfiles on u.Id equals p.UserId into details
                from p in details.DefaultIfEmpty()
                select new PracticeDetailsRequest
                {
                    DisplayName = u.DisplayName,
                    Credentials = p == null ? string.Empty : p.Credentials,
                    PracticeName = p == null ? null : p.PracticeName,
                })
            .SingleAsync(cancellationToken);
    }

    public async Task SaveAsync(PracticeDetailsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var userId = await currentUser.RequireAsync(Roles.Nutritionist);
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.SingleAsync(u => u.Id == userId, cancellationToken);
        user.DisplayName = request.DisplayName.Trim();
        var practice = string.IsNullOrWhiteSpace(request.PracticeName) ? null : request.PracticeName.Trim();
        var profile = await db.PractitionerProfiles.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (profile is null)
        {
            db.PractitionerProfiles.Add(new PractitionerProfile { UserId = userId, Credentials = request.Credentials.Trim(), PracticeName = practice });
        }
        else
        {
            profile.Credentials = request.Credentials.Trim();
            profile.PracticeName = practice;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
