using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Application;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Features.Today;

/// <summary>
/// The signed-in mother's daily check-in (sleep, stress, movement, digestion): she writes it; she and a linked
/// nutritionist read it.
/// </summary>
public sealed class CheckInService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUser currentUser,
    ClientAccess clientAccess,
    IValidator<CheckInRequest> validator,
    TimeProvider clock)
{
    /// <summary>
    /// Her check-in of the day. For a client, the link is checked but no audit entry is written: the check-in is shown
    /// on the client day page, whose day read (<see cref="MealLogService.GetDayAsync"/>) is the one audited per load.
    /// </summary>
    public async Task<CheckInRequest> GetAsync(DateOnly date, string? clientId = null, CancellationToken cancellationToken = default)
    {
        var userId = clientId is null ? await currentUser.RequireAsync(Roles.Mother) : await LinkedClientAsync(clientId, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var checkIn = await db.CheckIns.AsNoTracking().SingleOrDefaultAsync(c => c.UserId == userId && c.Date == date, cancellationToken);
        return checkIn is null
            ? new CheckInRequest()
            : new CheckInRequest
            {
                SleepHours = checkIn.SleepHours,
                Stress = checkIn.Stress,
                MovementMinutes = checkIn.MovementMinutes,
                Breathwork = checkIn.Breathwork,
                AntibioticCourse = checkIn.AntibioticCourse,
                DigestiveComfort = checkIn.DigestiveComfort,
                BristolType = checkIn.BristolType,
            };
    }

    public async Task SaveAsync(DateOnly date, CheckInRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var userId = await currentUser.RequireAsync(Roles.Mother);
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        if (!LoggingWindow.Contains(date, LocalDate.Today(clock, null)))
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("Date", "Date must be within the last 5 years and at most a year ahead.")]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var checkIn = await db.CheckIns.SingleOrDefaultAsync(c => c.UserId == userId && c.Date == date, cancellationToken);
        if (checkIn is null)
        {
            checkIn = new CheckIn { UserId = userId, Date = date };
            db.CheckIns.Add(checkIn);
        }

        checkIn.SleepHours = request.SleepHours;
        checkIn.Stress = request.Stress;
        checkIn.MovementMinutes = request.MovementMinutes;
        checkIn.Breathwork = request.Breathwork;
        checkIn.AntibioticCourse = request.AntibioticCourse;
        checkIn.DigestiveComfort = request.DigestiveComfort;
        checkIn.BristolType = request.BristolType;
        checkIn.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<string> LinkedClientAsync(string clientId, CancellationToken cancellationToken)
    {
        await clientAccess.RequireLinkedNutritionistAsync(clientId, cancellationToken);
        return clientId;
    }
}
