using MaternalMicrobiome.Domain.Logging;

namespace MaternalMicrobiome.Web.Features.Reports;

/// <summary>The week's check-ins in a few numbers; an average is null when no check-in gave that field.</summary>
public sealed record CheckInSummary(
    int Days,
    double? AverageSleepHours,
    double? AverageStress,
    int MovementMinutes,
    int BreathworkDays,
    int AntibioticDays,
    double? AverageDigestiveComfort,
    IReadOnlyList<int> BristolTypes)
{
    public static CheckInSummary From(IReadOnlyCollection<CheckIn> checkIns)
    {
        ArgumentNullException.ThrowIfNull(checkIns);
        static double? Average(IEnumerable<double> values) => values.Any() ? values.Average() : null;
        return new CheckInSummary(
            checkIns.Count,
            Average(checkIns.Where(c => c.SleepHours is not null).Select(c => c.SleepHours!.Value)),
            Average(checkIns.Where(c => c.Stress is not null).Select(c => (double)c.Stress!.Value)),
            checkIns.Sum(c => c.MovementMinutes ?? 0),
            checkIns.Count(c => c.Breathwork),
            checkIns.Count(c => c.AntibioticCourse),
            Average(checkIns.Where(c => c.DigestiveComfort is not null).Select(c => (double)c.DigestiveComfort!.Value)),
            checkIns.Where(c => c.BristolType is not null).OrderBy(c => c.Date).Select(c => c.BristolType!.Value).ToList());
    }
}
