using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Logging;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Application;

/// <summary>The one query behind every scored view: a mother's entries in a date range, with foods and recipe ingredients.</summary>
public static class MotherEntries
{
    public static Task<List<MealEntry>> BetweenAsync(AppDbContext db, string motherId, DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.MealEntries.AsNoTrackingWithIdentityResolution()
            .Where(e => e.UserId == motherId && e.Date >= firstDay && e.Date <= lastDay)
            .Include(e => e.Food).ThenInclude(f => f!.Ingredients).ThenInclude(i => i.Food)
            .AsSplitQuery()
            .OrderBy(e => e.Date).ThenBy(e => e.Slot).ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);
    }
}
